import { describe, expect, it } from 'vitest';
import { effectiveLayout } from './canvas-state';

describe('effectiveLayout', () => {
  it('uses dagre for threads whatever was chosen', () => {
    expect(effectiveLayout({ mode: 'thread', layout: 'concentric' })).toBe('dagre');
    expect(effectiveLayout({ mode: 'explore', layout: 'concentric' })).toBe('concentric');
    expect(effectiveLayout({ mode: 'who-said-what', layout: 'dagre' })).toBe('fcose');
  });
});
