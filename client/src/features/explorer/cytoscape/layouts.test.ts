import cytoscape, { type Core, type Position } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_FROM_NODES, runLayout, type LayoutRequest } from './layouts';

/** A ring of `count` nodes with a chord from every third: connected, not trivially laid out. */
function ring(count: number): Core {
  const ids = Array.from({ length: count }, (_, i) => `n${i}`);
  const edges = ids.flatMap((id, i) => [
    { data: { id: `r${i}`, source: id, target: ids[(i + 1) % count]! } },
    ...(i % 3 === 0 ? [{ data: { id: `c${i}`, source: id, target: ids[(i * 7) % count]! } }] : []),
  ]);
  return cytoscape({
    headless: true,
    elements: [...ids.map((id) => ({ data: { id }, position: { x: 0, y: 0 } })), ...edges],
    style: [{ selector: 'node', style: { width: 30, height: 30 } }],
  });
}

const positions = (cy: Core): Position[] => cy.nodes().map((node) => ({ ...node.position() }));

const firstView = (onDraft: () => void): LayoutRequest => ({
  name: 'fcose',
  focusNodeId: null,
  animate: false,
  randomize: true,
  onDraft,
});

beforeEach(() => {
  // Node has no frames to paint: the next "frame" comes at once. Reduced motion keeps the
  // refinement from animating, so it ends within runLayout.
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
    setTimeout(() => callback(0), 0),
  );
  vi.stubGlobal('window', { matchMedia: () => ({ matches: true }) });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runLayout', () => {
  it('draws a large graph laid out from scratch as a draft first, then refines it', async () => {
    const cy = ring(DRAFT_FROM_NODES);
    let drafted: Position[] = [];
    const onDraft = vi.fn(() => {
      drafted = positions(cy);
    });
    await runLayout(cy, firstView(onDraft));
    expect(onDraft).toHaveBeenCalledTimes(1);
    // Every node started at (0, 0); the draft spread them out.
    expect(new Set(drafted.map((p) => `${p.x},${p.y}`)).size).toBeGreaterThan(DRAFT_FROM_NODES / 2);
    expect(positions(cy)).not.toEqual(drafted);
  });

  it('lays out a small graph in one pass', async () => {
    const cy = ring(DRAFT_FROM_NODES - 1);
    const onDraft = vi.fn();
    await runLayout(cy, firstView(onDraft));
    expect(onDraft).not.toHaveBeenCalled();
    expect(new Set(positions(cy).map((p) => `${p.x},${p.y}`)).size).toBe(DRAFT_FROM_NODES - 1);
  });

  it('leaves the draft to a layout started while it was being painted', async () => {
    const concentric: LayoutRequest = { name: 'concentric', focusNodeId: 'n0', animate: false };
    const alone = ring(DRAFT_FROM_NODES);
    await runLayout(alone, concentric);

    const cy = ring(DRAFT_FROM_NODES);
    let started: Promise<void> = Promise.resolve();
    await runLayout(
      cy,
      firstView(() => {
        started = runLayout(cy, concentric);
      }),
    );
    await started;
    expect(positions(cy)).toEqual(positions(alone));
  });
});
