import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CanvasScene, SceneNode } from '../../../lib/view-export';
import { toSvg } from './svg';

const actor: SceneNode = {
  id: 'actor:a',
  label: 'Andrey Rudenko',
  shape: 'ellipse',
  x: 0,
  y: 0,
  width: 30,
  height: 30,
  fill: 'rgb(59,130,246)',
  stroke: 'rgb(29,78,216)',
  strokeWidth: 1.5,
  border: 'solid',
  fontSize: 14,
  fontFamily: 'Noto Sans',
  bold: true,
  labelLines: ['Andrey Rudenko'],
  lineHeight: 14,
  labelBox: { x1: -50, y1: 19, x2: 50, y2: 37 },
  labelBackgroundOpacity: 0.8,
};

const scene: CanvasScene = {
  nodes: [
    actor,
    { ...actor, id: 'institution:b', shape: 'hexagon', x: 100, label: 'A & B <ministry>' },
    {
      ...actor,
      id: 'statement:c',
      shape: 'round-rectangle',
      y: 80,
      fontSize: 9,
      border: 'dashed',
      label: 'Maria Zakharova: we strongly urge the United States to stop',
      labelLines: ['Maria Zakha…'],
      labelBox: { x1: -30, y1: 99, x2: 30, y2: 111 },
    },
    {
      ...actor,
      id: 'actor:d',
      y: 200,
      border: 'double',
      strokeWidth: 4,
      label: 'Russian Foreign Ministry',
      labelLines: ['Russian', 'Foreign Ministry'],
      labelBox: { x1: -40, y1: 219, x2: 40, y2: 251 },
    },
    { ...actor, id: 'actor:hidden', x: 300, labelLines: [], labelBox: null },
  ],
  edges: [
    {
      id: 'e1',
      points: [
        { x: 15, y: 0 },
        { x: 85, y: 0 },
      ],
      color: 'rgb(124,58,237)',
      width: 2.4,
      line: 'solid',
      arrow: true,
      label: '',
      opacity: 0.85,
    },
    {
      id: 'e2',
      points: [
        { x: 0, y: 15 },
        { x: 5, y: 40 },
        { x: 0, y: 72 },
      ],
      color: 'rgb(234,88,12)',
      width: 1.6,
      line: 'dashed',
      arrow: true,
      label: '3',
      opacity: 0.85,
    },
  ],
  bounds: { x1: -20, y1: -20, x2: 140, y2: 110 },
};

type Tspan = { '#text': string };
type NodeGroup = {
  'data-id': string;
  text?: { tspan: Tspan | Tspan[] };
  rect?: Record<string, string>[];
  ellipse?: Record<string, string>[];
};

describe('toSvg', () => {
  it('draws a well-formed standalone SVG framed on the drawing', () => {
    const svg = toSvg(scene);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('viewBox="-40 -40 200 170"');
    expect(svg).toContain('<ellipse cx="0" cy="0" rx="15" ry="15"');
    expect(svg).toContain('<polygon points=');
    expect(svg).toContain('A &amp; B &lt;ministry&gt;');
    expect(svg).toContain('stroke-dasharray="6 3"');
    expect(svg).toContain('Q5,40 0,72');
    expect(svg.match(/<marker /g)).toHaveLength(2);
  });

  it('draws labels line by line as the canvas wrapped or cut them, and its outlines', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      toSvg(scene),
    ) as { svg: { g: { class: string; g?: NodeGroup[] }[] } };
    const groups = parsed.svg.g.find((g) => g.class === 'nodes')?.g ?? [];
    const byId = new Map(groups.map((g) => [g['data-id'], g]));
    const lines = (id: string) => [byId.get(id)?.text?.tspan ?? []].flat().map((t) => t['#text']);
    expect(lines('actor:d')).toEqual(['Russian', 'Foreign Ministry']);
    expect(lines('statement:c')).toEqual(['Maria Zakha…']);
    expect(byId.get('actor:hidden')?.text).toBeUndefined();
    expect(byId.get('statement:c')?.rect?.[0]?.['stroke-dasharray'] ?? '').toBe('6 3');
    expect(byId.get('actor:d')?.ellipse).toHaveLength(2);
  });
});
