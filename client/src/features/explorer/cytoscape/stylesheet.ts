import type { NodeKind } from '@parley/graph-schema';
import type { Css, StylesheetJson, StylesheetJsonBlock } from 'cytoscape';
import type { CanvasEdgeType } from '../state/canvas-elements';
import {
  CANVAS_FONT_FAMILY,
  EDGE_THEME,
  HIGHLIGHT_COLOR,
  NODE_THEME,
  SELECTION_COLOR,
} from './theme';

/**
 * Sizes are in model units. With MIN_ZOOMED_FONT_PX, names stay readable in an overview of
 * the whole seed while statement labels wait until the reader zooms in, hovers or selects.
 */
const NODE_SIZE_PX: Record<NodeKind, { width: number; height: number; font: number }> = {
  actor: { width: 30, height: 30, font: 14 },
  institution: { width: 34, height: 30, font: 14 },
  statement: { width: 22, height: 15, font: 9 },
  article: { width: 20, height: 26, font: 12 },
};
const MIN_ZOOMED_FONT_PX = 8;

const kindRules = (Object.keys(NODE_THEME) as NodeKind[]).map((kind): StylesheetJsonBlock => ({
  selector: `node[kind = "${kind}"]`,
  style: {
    'background-color': NODE_THEME[kind].color,
    'border-color': NODE_THEME[kind].border,
    shape: NODE_THEME[kind].shape,
    width: NODE_SIZE_PX[kind].width,
    height: NODE_SIZE_PX[kind].height,
    'font-size': NODE_SIZE_PX[kind].font,
    'text-max-width': kind === 'statement' ? '130px' : '120px',
  },
}));

/**
 * One line per statement or article, cut with "…" (the full text is a hover away), and only
 * once the reader has zoomed in past the overview, where they would pile up on each other.
 */
const STATEMENT_LABEL_MIN_ZOOMED_FONT_PX = 9;
const statementLabelRule: StylesheetJsonBlock = {
  selector: 'node[kind = "statement"], node[kind = "article"]',
  style: { 'text-wrap': 'ellipsis', 'min-zoomed-font-size': STATEMENT_LABEL_MIN_ZOOMED_FONT_PX },
};

const edgeRules = (Object.keys(EDGE_THEME) as CanvasEdgeType[]).map(
  (type): StylesheetJsonBlock => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': EDGE_THEME[type].color,
      'target-arrow-color': EDGE_THEME[type].color,
      width: EDGE_THEME[type].width,
      'line-style': EDGE_THEME[type].line,
    },
  }),
);

/** Extracted facts are drawn dashed and fainter than curated ones until selected. */
const EXTRACTED_EDGE_OPACITY = 0.55;

export const canvasStylesheet: StylesheetJson = [
  {
    // Zooming out by wheel or pinch shows the view as it was when the gesture began (see
    // canvas-options.ts); around it, the canvas's own background rather than a grey frame.
    selector: 'core',
    // Cytoscape's typings require every core property; the others keep their defaults.
    style: { 'outside-texture-bg-opacity': 0 } as Css.Core,
  },
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': CANVAS_FONT_FAMILY,
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'border-width': 1.5,
      'min-zoomed-font-size': MIN_ZOOMED_FONT_PX,
      'overlay-opacity': 0,
    },
  },
  ...kindRules,
  statementLabelRule,
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      opacity: 0.85,
      'overlay-opacity': 0,
    },
  },
  ...edgeRules,
  {
    selector: 'edge[type = "SAID_TO"]',
    style: {
      width: 'mapData(weight, 1, 6, 2, 10)',
      label: 'data(weight)',
      'font-size': 10,
      'font-family': CANVAS_FONT_FAMILY,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
  { selector: 'node[?extracted]', style: { 'border-style': 'dashed' } },
  { selector: 'node[?reviewed]', style: { 'border-style': 'double', 'border-width': 4 } },
  { selector: 'edge[?extracted]', style: { opacity: EXTRACTED_EDGE_OPACITY } },
  {
    selector: 'node[?highlighted]',
    style: { 'border-color': HIGHLIGHT_COLOR, 'border-width': 4, 'min-zoomed-font-size': 0 },
  },
  {
    selector: 'edge[?highlighted]',
    style: {
      width: 5,
      'line-color': HIGHLIGHT_COLOR,
      'target-arrow-color': HIGHLIGHT_COLOR,
      opacity: 1,
    },
  },
  {
    selector: 'node.selected',
    style: {
      'border-color': SELECTION_COLOR,
      'border-width': 4,
      'underlay-color': SELECTION_COLOR,
      'underlay-opacity': 0.15,
      'underlay-padding': 8,
      'z-index': 10,
      'font-weight': 'bold',
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: 'edge.selected',
    style: {
      'line-color': SELECTION_COLOR,
      'target-arrow-color': SELECTION_COLOR,
      'underlay-color': SELECTION_COLOR,
      'underlay-opacity': 0.15,
      'underlay-padding': 5,
      opacity: 1,
    },
  },
  { selector: 'node.hovered', style: { 'min-zoomed-font-size': 0, 'z-index': 20 } },
];
