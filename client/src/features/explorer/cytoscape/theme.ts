import type { NodeKind } from '@parley/graph-schema';
import type { Css } from 'cytoscape';
import type { CanvasEdgeType } from '../state/canvas-elements';

/** One palette for the canvas and the legend, so the legend never lies. */
export const NODE_THEME: Record<
  NodeKind,
  { color: string; border: string; shape: Css.NodeShape; name: string }
> = {
  actor: { color: '#3b82f6', border: '#1d4ed8', shape: 'ellipse', name: 'Actor' },
  institution: { color: '#10b981', border: '#047857', shape: 'round-hexagon', name: 'Institution' },
  statement: { color: '#f59e0b', border: '#b45309', shape: 'round-rectangle', name: 'Statement' },
  article: { color: '#94a3b8', border: '#475569', shape: 'rectangle', name: 'Article' },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export const EDGE_THEME: Record<
  CanvasEdgeType,
  { color: string; width: number; line: LineStyle; name: string; description: string }
> = {
  SAID: {
    color: '#334155',
    width: 1.6,
    line: 'solid',
    name: 'said',
    description: 'speaker → statement',
  },
  ADDRESSED_TO: {
    color: '#ea580c',
    width: 1.6,
    line: 'dashed',
    name: 'addressed to',
    description: 'statement → addressee',
  },
  RESPONDS_TO: {
    color: '#db2777',
    width: 3,
    line: 'solid',
    name: 'responds to',
    description: 'answer → what it answers',
  },
  MEETS_WITH: {
    color: '#7c3aed',
    width: 2.4,
    line: 'solid',
    name: 'meets with',
    description: 'host → guest',
  },
  AFFILIATED_WITH: {
    color: '#059669',
    width: 1.2,
    line: 'dashed',
    name: 'affiliated with',
    description: 'person → institution',
  },
  REPORTED_IN: {
    color: '#94a3b8',
    width: 1,
    line: 'dotted',
    name: 'reported in',
    description: 'statement → source article',
  },
  SAID_TO: {
    color: '#334155',
    width: 2,
    line: 'solid',
    name: 'said to',
    description: 'speaker → addressee, width = statements',
  },
};

/**
 * Canvas text goes through the same fallback as the page: Telugu labels need their own face.
 * Double quotes only: Cytoscape's style parser rejects single-quoted family names.
 */
export const CANVAS_FONT_FAMILY =
  '"Noto Sans", "Noto Sans Telugu", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const SELECTION_COLOR = '#0f172a';
export const HIGHLIGHT_COLOR = '#db2777';
