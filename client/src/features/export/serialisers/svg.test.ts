import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CanvasScene, SceneNode } from '../../../lib/view-export';
import { fitLabel, toSvg } from './svg';

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
  fontSize: 14,
  labelMaxWidth: null,
  bold: true,
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
      labelMaxWidth: 60,
      fontSize: 9,
      label: 'Maria Zakharova: we strongly urge the United States to stop',
    },
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

  it('cuts one-line labels as the canvas does and leaves the others whole', () => {
    expect(fitLabel('Andrey Rudenko', null, 14)).toBe('Andrey Rudenko');
    expect(fitLabel('Maria Zakharova: we strongly urge', 60, 9)).toBe('Maria Zakha…');
    expect(fitLabel('జఖరోవా', 60, 9)).toBe('జఖరోవా');
  });
});
