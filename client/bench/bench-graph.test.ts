import { describe, expect, it } from 'vitest';
import { benchGraph } from './bench-graph';

describe('benchGraph', () => {
  const graph = benchGraph(1_000);
  const nodeIds = new Set(graph.nodes.map((n) => n.id));

  it('holds exactly the elements asked for, every edge between two of its nodes', () => {
    expect(graph.nodes.length + graph.edges.length).toBe(1_000);
    for (const edge of graph.edges) {
      expect(nodeIds.has(edge.source)).toBe(true);
      expect(nodeIds.has(edge.target)).toBe(true);
    }
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it("looks like Parley's data: three kinds of node, the statement relationships, labels", () => {
    expect(new Set(graph.nodes.map((n) => n.kind))).toEqual(
      new Set(['actor', 'institution', 'statement']),
    );
    const types = new Set(graph.edges.map((e) => e.type));
    for (const type of ['SAID', 'ADDRESSED_TO', 'RESPONDS_TO', 'MEETS_WITH'])
      expect(types).toContain(type);
    const statement = graph.nodes.find((n) => n.kind === 'statement');
    expect(statement?.label).toMatch(/^[^:]+: \S+/);
  });

  it('places every speaker and addressee, and lists them before the statements', () => {
    const parties = graph.nodes.filter((n) => n.kind !== 'statement');
    expect(Object.keys(graph.positions).sort()).toEqual(parties.map((n) => n.id).sort());
    const firstStatement = graph.nodes.findIndex((n) => n.kind === 'statement');
    expect(graph.nodes.slice(firstStatement).every((n) => n.kind === 'statement')).toBe(true);
    for (const [statement, speaker] of graph.parentOf) {
      expect(nodeIds.has(statement)).toBe(true);
      expect(graph.positions[speaker]).toBeDefined();
    }
  });
});
