import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { edge, node } from '../../../test-support/graph-fixtures';
import type { ViewGraph } from '../../../lib/view-export';
import { toGraphMl } from './graphml';

const graph: ViewGraph = {
  nodes: [
    node(
      'actor:maria-zakharova',
      { aliases: ['జఖరోవా', 'Zakharova'], role: 'spokesperson' },
      'Maria Zakharova',
    ),
    node('statement:te:warn', { text: 'We warn <you> & "them"', direct: true, offset: 12 }),
    node('statement:te:more', { offset: 2.5, note: null }),
  ],
  edges: [
    edge('SAID', 'actor:maria-zakharova', 'statement:te:warn', { articleId: 'article:te' }),
    edge('RESPONDS_TO', 'statement:te:more', 'statement:te:warn'),
    edge('SAID', 'actor:elsewhere', 'statement:te:more'),
  ],
};

type Parsed = {
  graphml: {
    key: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
    graph: {
      '@_edgedefault': string;
      node: { '@_id': string; data: { '@_key': string; '#text': string }[] }[];
      edge: { '@_source': string; '@_target': string }[];
    };
  };
};

const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
    parseTagValue: false,
  }).parse(xml) as Parsed;

describe('toGraphMl', () => {
  it('writes well-formed GraphML with every attribute declared as a typed key', () => {
    const xml = toGraphMl(graph, new Map([['actor:maria-zakharova', { x: 1.5, y: -2 }]]));
    expect(XMLValidator.validate(xml)).toBe(true);
    const { graphml } = parse(xml);
    const keys = new Map(graphml.key.map((k) => [`${k['@_for']}:${k['@_attr.name']}`, k]));
    expect(keys.get('node:label')?.['@_attr.type']).toBe('string');
    expect(keys.get('node:direct')?.['@_attr.type']).toBe('boolean');
    expect(keys.get('node:offset')?.['@_attr.type']).toBe('double');
    expect(keys.get('node:x')?.['@_attr.type']).toBe('double');
    expect(keys.get('edge:type')?.['@_attr.type']).toBe('string');
    expect(keys.has('node:note')).toBe(false);
    expect(graphml.graph['@_edgedefault']).toBe('directed');
  });

  it('keeps every node with its values, read back as written, and lists as JSON', () => {
    const { graphml } = parse(toGraphMl(graph));
    const keyName = new Map(graphml.key.map((k) => [k['@_id'], k['@_attr.name']]));
    const values = (id: string) => {
      const found = graphml.graph.node.find((n) => n['@_id'] === id);
      return Object.fromEntries(
        (found?.data ?? []).map((d) => [keyName.get(d['@_key']), d['#text']]),
      );
    };
    expect(graphml.graph.node.map((n) => n['@_id'])).toEqual(graph.nodes.map((n) => n.id));
    expect(values('actor:maria-zakharova')).toMatchObject({
      label: 'Maria Zakharova',
      kind: 'actor',
      aliases: '["జఖరోవా","Zakharova"]',
    });
    expect(values('statement:te:warn').text).toBe('We warn <you> & "them"');
  });

  it('leaves out edges to nodes that are not in the file', () => {
    const { graphml } = parse(toGraphMl(graph));
    expect(graphml.graph.edge).toHaveLength(2);
  });
});
