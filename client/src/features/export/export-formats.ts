import type { ExportSource } from '../../lib/view-export';
import { toGraphMl } from './serialisers/graphml';
import { toJson } from './serialisers/json';
import { toSvg } from './serialisers/svg';

/** Twice the canvas resolution: sharp on a high-density screen and in a slide. */
const PNG_SCALE = 2;

export type ExportFormat = {
  id: 'png' | 'svg' | 'json' | 'graphml';
  label: string;
  description: string;
  extension: string;
  type: string;
  write: (source: ExportSource) => Promise<Blob | string>;
};

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'png',
    label: 'PNG image',
    description: 'The drawing at twice screen resolution',
    extension: 'png',
    type: 'image/png',
    write: (source) => source.png(PNG_SCALE),
  },
  {
    id: 'svg',
    label: 'SVG image',
    description: 'The drawing, sharp at any size',
    extension: 'svg',
    type: 'image/svg+xml',
    write: async (source) => toSvg(source.scene()),
  },
  {
    id: 'json',
    label: 'JSON',
    description: 'Nodes, edges and where they are, with the view state',
    extension: 'json',
    type: 'application/json',
    write: async (source) => toJson(source.graph, source.positions(), source.viewState()),
  },
  {
    id: 'graphml',
    label: 'GraphML',
    description: 'For Gephi, Cytoscape desktop or yEd, with positions',
    extension: 'graphml',
    type: 'application/graphml+xml',
    write: async (source) => toGraphMl(source.graph, source.positions()),
  },
];
