import { describe, expect, it } from 'vitest';
import { chooseRenderer, isHardwareGpu } from './renderer-choice';

const SWIFTSHADER =
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.6, 256 bits)';
const WINDOWS_FALLBACK =
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)';
const NVIDIA =
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)';
const APPLE = 'Apple M2';

describe('isHardwareGpu', () => {
  it('takes a named GPU for hardware', () => {
    expect(isHardwareGpu(NVIDIA)).toBe(true);
    expect(isHardwareGpu(APPLE)).toBe(true);
  });

  it('takes software rasterisers and a missing WebGL 2 for no GPU', () => {
    expect(isHardwareGpu(SWIFTSHADER)).toBe(false);
    expect(isHardwareGpu(LLVMPIPE)).toBe(false);
    expect(isHardwareGpu(WINDOWS_FALLBACK)).toBe(false);
    expect(isHardwareGpu(null)).toBe(false);
  });
});

describe('chooseRenderer', () => {
  it('uses WebGL on a hardware GPU and the canvas otherwise', () => {
    expect(chooseRenderer(null, NVIDIA)).toEqual({ name: 'webgl' });
    expect(chooseRenderer(null, SWIFTSHADER)).toEqual({ name: 'canvas' });
    expect(chooseRenderer(null, null)).toEqual({ name: 'canvas' });
  });

  it('follows a valid override whatever the GPU', () => {
    expect(chooseRenderer('webgl', SWIFTSHADER)).toEqual({ name: 'webgl' });
    expect(chooseRenderer('canvas', NVIDIA)).toEqual({ name: 'canvas' });
  });

  it('ignores an unknown override, naming it, and decides by the GPU', () => {
    expect(chooseRenderer('svg', NVIDIA)).toEqual({
      name: 'webgl',
      warning: 'Ignored ?renderer=svg: expected one of canvas, webgl',
    });
    expect(chooseRenderer('', SWIFTSHADER).name).toBe('canvas');
  });

  it('keeps the canvas when WebGL is asked for but the browser has no WebGL 2', () => {
    expect(chooseRenderer('webgl', null)).toEqual({
      name: 'canvas',
      warning: 'Ignored ?renderer=webgl: this browser offers no WebGL 2',
    });
  });
});
