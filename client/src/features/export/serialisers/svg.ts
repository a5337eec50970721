import type { CanvasScene, SceneEdge, SceneNode, ScenePoint } from '../../../lib/view-export';
import { escapeXml } from './xml';

const MARGIN_PX = 20;
const EDGE_LABEL_FONT_PX = 10;
const FONT_FAMILY = "'Noto Sans', 'Noto Sans Telugu', system-ui, sans-serif";
const DASHES: Record<SceneEdge['line'], string | null> = {
  solid: null,
  dashed: '6 3',
  dotted: '1.5 3',
};
/** A double outline is two lines, each a third of the border, a third apart: as Cytoscape draws it. */
const DOUBLE_LINE_SHARE = 1 / 3;

const n = (value: number) => String(Math.round(value * 100) / 100);

function hexagon({ x, y, width, height }: SceneNode): string {
  const w = width / 2;
  const h = height / 2;
  const corners = [
    [x - w, y],
    [x - w / 2, y - h],
    [x + w / 2, y - h],
    [x + w, y],
    [x + w / 2, y + h],
    [x - w / 2, y + h],
  ];
  return corners.map(([cx = 0, cy = 0]) => `${n(cx)},${n(cy)}`).join(' ');
}

function outline(node: SceneNode, fill: string, strokeWidth: number, dash: string | null): string {
  const paint = `fill="${fill}" stroke="${escapeXml(node.stroke)}" stroke-width="${n(strokeWidth)}"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
  const { x, y, width, height } = node;
  switch (node.shape) {
    case 'ellipse':
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(width / 2)}" ry="${n(height / 2)}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${hexagon(node)}" ${paint}/>`;
    case 'round-rectangle':
    case 'rectangle': {
      const radius =
        node.shape === 'round-rectangle' ? ` rx="${n(Math.min(width, height) / 4)}"` : '';
      return `<rect x="${n(x - width / 2)}" y="${n(y - height / 2)}" width="${n(width)}" height="${n(height)}"${radius} ${paint}/>`;
    }
  }
}

function nodeShape(node: SceneNode): string {
  const fill = escapeXml(node.fill);
  switch (node.border) {
    case 'solid':
      return outline(node, fill, node.strokeWidth, null);
    case 'dashed':
    case 'dotted':
      return outline(node, fill, node.strokeWidth, DASHES[node.border]);
    case 'double': {
      const line = node.strokeWidth * DOUBLE_LINE_SHARE;
      const inset = 2 * line;
      const inner = {
        ...node,
        width: Math.max(0, node.width - 2 * inset),
        height: Math.max(0, node.height - 2 * inset),
      };
      return outline(node, fill, line, null) + outline(inner, 'none', line, null);
    }
  }
}

/** The label's lines where the canvas drew them, centred in its box, on its light background. */
function nodeLabel(node: SceneNode): string {
  const box = node.labelBox;
  if (!box || node.labelLines.length === 0) return '';
  const centreX = (box.x1 + box.x2) / 2;
  const top = (box.y1 + box.y2) / 2 - (node.labelLines.length * node.lineHeight) / 2;
  const background = `<rect class="label-box" x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" rx="2" fill="#ffffff" fill-opacity="${n(node.labelBackgroundOpacity)}"/>`;
  const lines = node.labelLines.map(
    (line, i) =>
      `<tspan x="${n(centreX)}" y="${n(top + (i + 0.5) * node.lineHeight)}">${escapeXml(line)}</tspan>`,
  );
  const weight = node.bold ? ' font-weight="bold"' : '';
  return `${background}<text font-size="${n(node.fontSize)}" font-family="${escapeXml(node.fontFamily)}"${weight} text-anchor="middle" dominant-baseline="central">${lines.join('')}</text>`;
}

function nodeGroup(node: SceneNode): string {
  return `<g data-id="${escapeXml(node.id)}" data-border="${node.border}"><title>${escapeXml(node.label)}</title>${nodeShape(node)}${nodeLabel(node)}</g>`;
}

function edgePath(points: readonly ScenePoint[]): string {
  const [start, ...rest] = points;
  if (!start) return '';
  const move = `M${n(start.x)},${n(start.y)}`;
  const [control, end] = rest;
  if (rest.length === 2 && control && end)
    return `${move} Q${n(control.x)},${n(control.y)} ${n(end.x)},${n(end.y)}`;
  return `${move} ${rest.map((p) => `L${n(p.x)},${n(p.y)}`).join(' ')}`;
}

/** A weight or count, in the middle of its edge. */
function edgeLabel(edge: SceneEdge): string {
  const first = edge.points[0];
  const last = edge.points[edge.points.length - 1];
  if (!first || !last) return '';
  const x = (first.x + last.x) / 2;
  const y = (first.y + last.y) / 2;
  return `<text x="${n(x)}" y="${n(y)}" font-size="${EDGE_LABEL_FONT_PX}" text-anchor="middle" dominant-baseline="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${escapeXml(edge.label)}</text>`;
}

/**
 * The canvas drawing as a standalone SVG: shapes, colours, line styles, arrows and labels as
 * Cytoscape drew them, framed by the drawing's bounds. One arrowhead marker per edge colour.
 */
export function toSvg(scene: CanvasScene): string {
  const { x1, y1, x2, y2 } = scene.bounds;
  const left = x1 - MARGIN_PX;
  const top = y1 - MARGIN_PX;
  const width = x2 - x1 + 2 * MARGIN_PX;
  const height = y2 - y1 + 2 * MARGIN_PX;
  const colours = [...new Set(scene.edges.filter((e) => e.arrow).map((e) => e.color))];
  const markerOf = new Map(colours.map((colour, i) => [colour, `arrow-${i}`]));

  const markers = colours.map(
    (colour) =>
      `<marker id="${markerOf.get(colour)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(colour)}"/></marker>`,
  );
  const edges = scene.edges.flatMap((edge) => {
    const dash = DASHES[edge.line];
    const marker = edge.arrow ? ` marker-end="url(#${markerOf.get(edge.color)})"` : '';
    const path = `<path d="${edgePath(edge.points)}" fill="none" stroke="${escapeXml(edge.color)}" stroke-width="${n(edge.width)}" stroke-opacity="${n(edge.opacity)}"${dash ? ` stroke-dasharray="${dash}"` : ''}${marker}/>`;
    return edge.label === '' ? [path] : [path, edgeLabel(edge)];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(left)} ${n(top)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="${FONT_FAMILY}">`,
    `<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<defs>${markers.join('')}</defs>`,
    '<g class="edges">',
    ...edges,
    '</g>',
    '<g class="nodes">',
    ...scene.nodes.map(nodeGroup),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
