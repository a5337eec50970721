import type { GraphEdge, GraphNode } from '@parley/graph-schema';

/**
 * What an export is made of, shared by the explorer (which reads it off the canvas) and the
 * export feature (which writes files from it) without either importing the other.
 */
export type ViewGraphEdge = Omit<GraphEdge, 'type'> & { type: string };

/** The nodes and edges on the canvas, with their properties, as the reader sees them. */
export type ViewGraph = { nodes: GraphNode[]; edges: ViewGraphEdge[] };

export type ScenePoint = { x: number; y: number };

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
  fontSize: number;
  /** Set where the canvas cuts the label to one line of this width. */
  labelMaxWidth: number | null;
  bold: boolean;
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
  bounds: { x1: number; y1: number; x2: number; y2: number };
};

/** Everything the export menu needs from the canvas; images are drawn when asked for. */
export type ExportSource = {
  graph: ViewGraph;
  /** Node positions on the canvas, for formats that keep a layout. */
  positions: () => ReadonlyMap<string, ScenePoint>;
  scene: () => CanvasScene;
  png: (scale: number) => Promise<Blob>;
  /** A file name without extension that says what the view shows. */
  baseName: string;
};
