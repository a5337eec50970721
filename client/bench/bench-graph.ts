/**
 * The graphs the frame-rate benchmark draws: cut from the synthetic news graph of `npm run gen`
 * (power-law speakers, institutions, replies, meetings, four scripts), as the API would send
 * them, with every speaker and addressee placed so that its statements ring it without overlap.
 */
import type { GraphEdge, GraphNode, RelType } from '@parley/graph-schema';
import { statementLabel, syntheticBundles } from '@parley/server/fixture';
import { aroundParent } from '../src/features/explorer/cytoscape/sync-elements';

type Position = { x: number; y: number };

export type BenchGraph = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Statement → speaker: the app places a node next to its parent. */
  parentOf: [string, string][];
  /** Where speakers and addressees stand; statements go around them. */
  positions: Record<string, Position>;
};

/** About three elements per statement: the statement, SAID, and most often ADDRESSED_TO. */
const ELEMENTS_PER_STATEMENT = 3;
const GOLDEN_ANGLE_RAD = Math.PI * (3 - Math.sqrt(5));

class GraphCut {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly parentOf = new Map<string, string>();

  constructor(private readonly elements: number) {}

  full = () => this.nodes.size + this.edges.size >= this.elements;

  addNode(node: GraphNode): boolean {
    if (!this.nodes.has(node.id) && !this.full()) this.nodes.set(node.id, node);
    return this.nodes.has(node.id);
  }

  /** Ids as the API makes them: a meeting's own, otherwise one per type and pair. */
  addEdge(type: RelType, source: string, target: string, id = `${type}:${source}->${target}`) {
    if (this.full() || !this.nodes.has(source) || !this.nodes.has(target)) return;
    this.edges.set(id, { id, type, source, target, properties: {} });
  }
}

/** Speakers and addressees on a sunflower, each given room for its ring of statements. */
function placeParties(cut: GraphCut): Record<string, Position> {
  const statementsOf = new Map<string, number>();
  for (const parent of cut.parentOf.values())
    statementsOf.set(parent, (statementsOf.get(parent) ?? 0) + 1);
  const parties = [...cut.nodes.values()]
    .filter((node) => node.kind !== 'statement')
    .map((node) => node.id)
    .sort((a, b) => (statementsOf.get(b) ?? 0) - (statementsOf.get(a) ?? 0));
  const positions: Record<string, Position> = {};
  let area = 0;
  parties.forEach((id, k) => {
    const outermost = aroundParent({ x: 0, y: 0 }, statementsOf.get(id) ?? 0);
    const reach = Math.hypot(outermost.x, outermost.y);
    area += (2 * reach) ** 2;
    const radius = Math.sqrt(area / Math.PI);
    positions[id] = {
      x: radius * Math.cos(k * GOLDEN_ANGLE_RAD),
      y: radius * Math.sin(k * GOLDEN_ANGLE_RAD),
    };
  });
  return positions;
}

/** The first `elements` nodes and edges (exactly) of the synthetic graph, edges after their ends. */
export function benchGraph(elements: number): BenchGraph {
  const cut = new GraphCut(elements);
  const statements = Math.ceil(elements / ELEMENTS_PER_STATEMENT);
  for (const bundle of syntheticBundles({ statements, seed: 1 })) {
    const actors = new Map(bundle.actors.map((a) => [a.id, a]));
    const addParty = (id: string) => {
      const actor = actors.get(id);
      if (!actor) return false;
      if (
        !cut.addNode({
          id,
          kind: 'actor',
          label: actor.name,
          properties: actor.role ? { role: actor.role } : {},
        })
      )
        return false;
      for (const { institution } of actor.affiliations) {
        const known = bundle.institutions.find((i) => i.id === institution);
        if (
          known &&
          cut.addNode({ id: known.id, kind: 'institution', label: known.name, properties: {} })
        )
          cut.addEdge('AFFILIATED_WITH', id, known.id);
      }
      return true;
    };
    for (const s of bundle.statements) {
      const speaker = s.speakers[0]!;
      if (!addParty(speaker)) break;
      const speakerName = actors.get(speaker)!.name;
      const label = statementLabel([speakerName], s.text);
      if (!cut.addNode({ id: s.id, kind: 'statement', label, properties: { lang: s.lang } })) break;
      cut.parentOf.set(s.id, speaker);
      cut.addEdge('SAID', speaker, s.id);
      for (const addressee of s.addressees)
        if (addParty(addressee)) cut.addEdge('ADDRESSED_TO', s.id, addressee);
      for (const answered of s.respondsTo) cut.addEdge('RESPONDS_TO', s.id, answered);
    }
    for (const m of bundle.meetings) cut.addEdge('MEETS_WITH', m.a, m.b, m.id);
    if (cut.full()) break;
  }
  if (!cut.full())
    throw new Error(
      `The synthetic graph ran out before ${elements} elements; raise the statements`,
    );
  // Parties first: the app places a statement next to its speaker only once the speaker is in.
  const nodes = [...cut.nodes.values()].sort(
    (a, b) => Number(a.kind === 'statement') - Number(b.kind === 'statement'),
  );
  return {
    nodes,
    edges: [...cut.edges.values()],
    parentOf: [...cut.parentOf],
    positions: placeParties(cut),
  };
}
