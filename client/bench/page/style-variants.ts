import type { StylesheetJson } from 'cytoscape';
import { canvasStylesheet } from '../../src/features/explorer/cytoscape/stylesheet';

/**
 * Parley's stylesheet with one kind of cost taken out, to find which properties a frame pays
 * for. Each override goes last, so it beats every rule of the stylesheet.
 */
const WITHOUT: Record<string, StylesheetJson> = {
  labels: [{ selector: 'node, edge', style: { label: '' } }],
  'label backgrounds': [{ selector: 'node, edge', style: { 'text-background-opacity': 0 } }],
  arrows: [{ selector: 'edge', style: { 'target-arrow-shape': 'none' } }],
  'bezier curves (straight edges)': [{ selector: 'edge', style: { 'curve-style': 'straight' } }],
  'bezier curves (haystack edges)': [{ selector: 'edge', style: { 'curve-style': 'haystack' } }],
  'dashes and dots': [{ selector: 'edge', style: { 'line-style': 'solid' } }],
  'edge opacity': [{ selector: 'edge', style: { opacity: 1 } }],
  borders: [{ selector: 'node', style: { 'border-width': 0 } }],
};

export const PARLEY_STYLE = 'parley';
/** Cytoscape's default stylesheet: grey dots, haystack edges, no labels. The reference. */
export const BARE_STYLE = 'bare';
export const STYLE_VARIANTS = Object.keys(WITHOUT).map((cost) => `parley without ${cost}`);

/** The stylesheet a style name stands for; undefined leaves Cytoscape's default. */
export function stylesheetFor(name: string): StylesheetJson | undefined {
  if (name === BARE_STYLE) return undefined;
  if (name === PARLEY_STYLE) return canvasStylesheet;
  const cost = name.replace(/^parley without /, '');
  const override = WITHOUT[cost];
  if (!override)
    throw new Error(
      `Unknown style "${name}": expected ${PARLEY_STYLE}, ${BARE_STYLE} or one of ${STYLE_VARIANTS.join(', ')}`,
    );
  return [...canvasStylesheet, ...override];
}
