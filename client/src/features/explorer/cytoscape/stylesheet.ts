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
import { LABEL_MIN_SCREEN_PX } from './label-plan';
import { labelScale, roundedScale } from './label-sizing';

/**
 * Sizes are in model units at zoom 1; labels are rescaled with the zoom (label-sizing.ts) and
 * drawn only where the label plan has room for them (label-plan.ts).
 */
export const NODE_SIZE_PX: Record<
  NodeKind,
  { width: number; height: number; font: number; labelWidth: number }
> = {
  actor: { width: 30, height: 30, font: 14, labelWidth: 120 },
  institution: { width: 34, height: 30, font: 14, labelWidth: 120 },
  statement: { width: 22, height: 15, font: 9, labelWidth: 130 },
  article: { width: 20, height: 26, font: 12, labelWidth: 120 },
};
/** The zoom at which party names read at their own size: automatic fits stop there. */
export const MAIN_LABEL_ZOOM = LABEL_MIN_SCREEN_PX / NODE_SIZE_PX.actor.font;
const LABEL_MARGIN_PX = 4;
const LABEL_PADDING_PX = 2;
export const EDGE_LABEL_FONT_PX = 11;

const kindRules = (zoom: number) =>
  (Object.keys(NODE_THEME) as NodeKind[]).map((kind): StylesheetJsonBlock => {
    const size = NODE_SIZE_PX[kind];
    const scale = roundedScale(labelScale(size.font, zoom));
    return {
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': NODE_THEME[kind].color,
        'border-color': NODE_THEME[kind].border,
        shape: NODE_THEME[kind].shape,
        width: size.width,
        height: size.height,
        'font-size': size.font * scale,
        'text-max-width': `${size.labelWidth * scale}px`,
        'text-margin-y': LABEL_MARGIN_PX * scale,
        'text-background-padding': `${LABEL_PADDING_PX * scale}px`,
      },
    };
  });

/** One line per statement or article, cut with "…": the full text is a hover away. */
const statementLabelRule: StylesheetJsonBlock = {
  selector: 'node[kind = "statement"], node[kind = "article"]',
  style: { 'text-wrap': 'ellipsis' },
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

/** The canvas's stylesheet with its labels sized for `zoom` (see label-sizing.ts). */
export const buildCanvasStylesheet = (zoom: number): StylesheetJson => [
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
      'text-wrap': 'wrap',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-shape': 'roundrectangle',
      'border-width': 1.5,
      'overlay-opacity': 0,
    },
  },
  ...kindRules(zoom),
  // Sized and coloured by what the legend chose (node-emphasis.ts); by kind without that data.
  { selector: 'node[width]', style: { width: 'data(width)', height: 'data(height)' } },
  {
    selector: 'node[?fill]',
    style: { 'background-color': 'data(fill)', 'border-color': 'data(stroke)' },
  },
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
      'font-size': EDGE_LABEL_FONT_PX * roundedScale(labelScale(EDGE_LABEL_FONT_PX, zoom)),
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
    style: { 'border-color': HIGHLIGHT_COLOR, 'border-width': 4 },
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
  // Pinned by the selection bar: a ring outside the border, which selection does not cover.
  {
    selector: 'node.pinned',
    style: {
      'outline-width': 2,
      'outline-color': SELECTION_COLOR,
      'outline-offset': 3,
      'outline-style': 'dashed',
    },
  },
  { selector: 'node.hovered', style: { 'z-index': 20 } },
  // Last, so that no rule above brings back a label the plan left out.
  { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
];

/** The stylesheet at zoom 1, as the benchmark page draws it. */
export const canvasStylesheet: StylesheetJson = buildCanvasStylesheet(1);
