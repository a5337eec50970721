export const RENDERERS = ['canvas', 'webgl'] as const;
export type RendererName = (typeof RENDERERS)[number];

/** `?renderer=canvas` or `?renderer=webgl` forces a renderer, for benchmarks and diagnostics. */
export const RENDERER_URL_PARAM = 'renderer';

export type RendererChoice = { name: RendererName; warning?: string };

/**
 * Rasterisers that run on the CPU but still offer WebGL: Chromium's SwiftShader, Mesa's
 * llvmpipe, softpipe and lavapipe, Windows' Basic Render Driver. Cytoscape's WebGL mode is
 * slower than its 2D canvas on them.
 */
const SOFTWARE_RASTERISER = /swiftshader|llvmpipe|softpipe|lavapipe|basic render driver|software/i;

/** Whether the WebGL renderer string names a real GPU; null means no WebGL 2 at all. */
export function isHardwareGpu(gpuRenderer: string | null): boolean {
  return gpuRenderer !== null && !SOFTWARE_RASTERISER.test(gpuRenderer);
}

const isRendererName = (value: string): value is RendererName =>
  (RENDERERS as readonly string[]).includes(value);

/**
 * WebGL only on a hardware GPU, the 2D canvas otherwise, unless the address asks for one.
 * `override` is the `?renderer=` value (null when absent); `gpuRenderer` is what WebGL 2 calls
 * its renderer (null without WebGL 2, which Cytoscape's WebGL mode needs).
 */
export function chooseRenderer(
  override: string | null,
  gpuRenderer: string | null,
): RendererChoice {
  const automatic: RendererName = isHardwareGpu(gpuRenderer) ? 'webgl' : 'canvas';
  if (override === null) return { name: automatic };
  if (!isRendererName(override))
    return {
      name: automatic,
      warning: `Ignored ?${RENDERER_URL_PARAM}=${override}: expected one of ${RENDERERS.join(', ')}`,
    };
  if (override === 'webgl' && gpuRenderer === null)
    return {
      name: 'canvas',
      warning: `Ignored ?${RENDERER_URL_PARAM}=webgl: this browser offers no WebGL 2`,
    };
  return { name: override };
}
