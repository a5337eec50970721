import type { CytoscapeOptions } from 'cytoscape';

/** The explorer's Cytoscape options as they are. */
export const EXPLORER_OPTIONS = 'explorer';

/** Cytoscape's defaults for drawing while the viewport moves, whatever the explorer sets. */
const CYTOSCAPE_DEFAULTS: Partial<CytoscapeOptions> = {
  textureOnViewport: false,
  hideEdgesOnViewport: false,
  motionBlur: false,
};

/**
 * The explorer's options with those for drawing while the viewport moves set otherwise: each
 * variant is Cytoscape's defaults with one option on. The canvas renderer applies them only while
 * a user gesture (wheel, pinch, drag) moves the view, never for a programmatic `cy.viewport()`,
 * so only the wheel zoom shows what they do.
 */
const OVERRIDES: Record<string, Partial<CytoscapeOptions>> = {
  [EXPLORER_OPTIONS]: {},
  'Cytoscape defaults': CYTOSCAPE_DEFAULTS,
  'hideEdgesOnViewport only': { ...CYTOSCAPE_DEFAULTS, hideEdgesOnViewport: true },
  'motionBlur only': { ...CYTOSCAPE_DEFAULTS, motionBlur: true },
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
