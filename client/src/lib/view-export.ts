import type { GraphEdge, GraphNode, ViewState } from '@parley/graph-schema';

/**
 * What an export is made of, shared by the explorer (which reads it off the canvas) and the
 * export feature (which writes files from it) without either importing the other.
 */
export type ViewGraphEdge = Omit<GraphEdge, 'type'> & { type: string };

/** The nodes and edges on the canvas, with their properties, as the reader sees them. */
export type ViewGraph = { nodes: GraphNode[]; edges: ViewGraphEdge[] };

export type ScenePoint = { x: number; y: number };

export type SceneBox = { x1: number; y1: number; x2: number; y2: number };

export type SceneNodeShape = 'ellipse' | 'hexagon' | 'round-rectangle' | 'rectangle';

/** One drawn node in model coordinates, with the colours Cytoscape drew it in. */
export type SceneNode = {
  id: string;
  label: string;
  shape: SceneNodeShape;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** solid for curated facts, dashed for extracted, double for reviewed. */
  border: 'solid' | 'dashed' | 'dotted' | 'double';
  fontSize: number;
  fontFamily: string;
  bold: boolean;
  /** The label as the canvas draws it, wrapped or cut; none where the canvas hides it. */
  labelLines: string[];
  lineHeight: number;
  /** Where the canvas drew the label, its background included. */
  labelBox: SceneBox | null;
  labelBackgroundOpacity: number;
};

export type SceneEdge = {
  id: string;
  /** From the source's border through any control points to the target's border. */
  points: ScenePoint[];
  color: string;
  width: number;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
  label: string;
  opacity: number;
};

export type CanvasScene = {
  nodes: SceneNode[];
  edges: SceneEdge[];
  bounds: SceneBox;
};

/** Everything the export menu needs from the canvas; images are drawn when asked for. */
export type ExportSource = {
  graph: ViewGraph;
  /** Node positions on the canvas, for formats that keep a layout. */
  positions: () => ReadonlyMap<string, ScenePoint>;
  scene: () => CanvasScene;
  /** The view as a share link would carry it, read when a file is written. */
  viewState: () => ViewState;
  png: (scale: number) => Promise<Blob>;
  /** A file name without extension that says what the view shows. */
  baseName: string;
};
