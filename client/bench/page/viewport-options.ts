import type { CytoscapeOptions } from 'cytoscape';

/** The explorer's Cytoscape options as they are. */
export const EXPLORER_OPTIONS = 'explorer';

/**
 * Cytoscape's options for drawing while the viewport moves, each on top of the explorer's own.
 * The canvas renderer applies them only while a user gesture (wheel, pinch, drag) moves the
 * view, never for a programmatic `cy.viewport()`, so only the wheel zoom shows what they do.
 */
const OVERRIDES: Record<string, Partial<CytoscapeOptions>> = {
  [EXPLORER_OPTIONS]: {},
  'textureOnViewport on': { textureOnViewport: true },
  'textureOnViewport off': { textureOnViewport: false },
  'hideEdgesOnViewport on': { hideEdgesOnViewport: true },
  'motionBlur on': { motionBlur: true },
};

export const VIEWPORT_OPTION_VARIANTS = Object.keys(OVERRIDES);

/** The options a variant name stands for, to spread over the explorer's own. */
export function viewportOptionsFor(name: string): Partial<CytoscapeOptions> {
  const override = OVERRIDES[name];
  if (!override)
    throw new Error(
      `Unknown viewport options "${name}": expected one of ${VIEWPORT_OPTION_VARIANTS.join(', ')}`,
    );
  return override;
}
