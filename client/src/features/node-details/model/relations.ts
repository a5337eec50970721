import type { GraphEdge, GraphNode, Subgraph } from '@parley/graph-schema';
import { stringProp } from '../../../lib/graph-properties';

export type Meeting = {
  id: string;
  other: GraphNode;
  /** The node in the panel hosted, summoned or called on the other side. */
  initiated: boolean;
  kind: string | undefined;
  date: string | undefined;
  datePrecision: string | undefined;
  place: string | undefined;
  evidence: Evidence | undefined;
};

export type Evidence = { articleId: string; start: number; end: number };

export type Affiliation = { party: GraphNode; role: string | undefined };

export type NodeRelations = {
  said: GraphNode[];
  addressedTo: GraphNode[];
  meetings: Meeting[];
  affiliations: Affiliation[];
  members: Affiliation[];
  speakers: GraphNode[];
  /** SAID edges flagged as one candidate among several. */
  candidateSpeakerIds: Set<string>;
  addressees: GraphNode[];
  respondsTo: GraphNode[];
  answeredBy: GraphNode[];
  reportedIn: { article: GraphNode; evidence: Evidence }[];
  /** For an article: the statements it reports. */
  reports: GraphNode[];
};

const byDateThenLabel = (a: GraphNode, b: GraphNode) =>
  (stringProp(a, 'date') ?? '9999').localeCompare(stringProp(b, 'date') ?? '9999') ||
  a.label.localeCompare(b.label);

function evidenceOf(edge: GraphEdge, articleId: string | undefined): Evidence | undefined {
  const { start, end } = edge.properties;
  if (!articleId || typeof start !== 'number' || typeof end !== 'number' || end <= start)
    return undefined;
  return { articleId, start, end };
}

/** Sorts a node's neighbourhood into what its panel lists. Edges whose other end is missing are skipped. */
export function relationsOf(centreId: string, subgraph: Subgraph): NodeRelations {
  const nodes = new Map(subgraph.nodes.map((n) => [n.id, n]));
  const relations: NodeRelations = {
    said: [],
    addressedTo: [],
    meetings: [],
    affiliations: [],
    members: [],
    speakers: [],
    candidateSpeakerIds: new Set(),
    addressees: [],
    respondsTo: [],
    answeredBy: [],
    reportedIn: [],
    reports: [],
  };

  for (const edge of subgraph.edges) {
    const outgoing = edge.source === centreId;
    const incoming = edge.target === centreId;
    if (!outgoing && !incoming) continue;
    const other = nodes.get(outgoing ? edge.target : edge.source);
    if (!other) continue;
    switch (edge.type) {
      case 'SAID':
        if (outgoing) relations.said.push(other);
        else {
          relations.speakers.push(other);
          if (edge.properties.candidate === true) relations.candidateSpeakerIds.add(other.id);
        }
        break;
      case 'ADDRESSED_TO':
        if (outgoing) relations.addressees.push(other);
        else relations.addressedTo.push(other);
        break;
      case 'RESPONDS_TO':
        if (outgoing) relations.respondsTo.push(other);
        else relations.answeredBy.push(other);
        break;
      case 'MEETS_WITH':
        relations.meetings.push({
          id: edge.id,
          other,
          initiated: outgoing,
          kind: stringProp(edge, 'kind'),
          date: stringProp(edge, 'date'),
          datePrecision: stringProp(edge, 'datePrecision'),
          place: stringProp(edge, 'place'),
          evidence: evidenceOf(edge, stringProp(edge, 'articleId')),
        });
        break;
      case 'AFFILIATED_WITH':
        (outgoing ? relations.affiliations : relations.members).push({
          party: other,
          role: stringProp(edge, 'role'),
        });
        break;
      case 'REPORTED_IN': {
        if (!outgoing) {
          relations.reports.push(other);
          break;
        }
        const evidence = evidenceOf(edge, other.id);
        if (evidence) relations.reportedIn.push({ article: other, evidence });
        break;
      }
    }
  }

  relations.said.sort(byDateThenLabel);
  relations.addressedTo.sort(byDateThenLabel);
  relations.respondsTo.sort(byDateThenLabel);
  relations.answeredBy.sort(byDateThenLabel);
  relations.reports.sort(byDateThenLabel);
  relations.meetings.sort(
    (a, b) =>
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.other.label.localeCompare(b.other.label),
  );
  return relations;
}

/** Meetings reported in one article, among whatever edges a wider neighbourhood brought. */
export function meetingsReportedIn(
  articleId: string,
  subgraph: Subgraph,
): (Meeting & { host: GraphNode })[] {
  const nodes = new Map(subgraph.nodes.map((n) => [n.id, n]));
  return subgraph.edges.flatMap((edge) => {
    if (edge.type !== 'MEETS_WITH' || stringProp(edge, 'articleId') !== articleId) return [];
    const host = nodes.get(edge.source);
    const other = nodes.get(edge.target);
    if (!host || !other) return [];
    return [
      {
        id: edge.id,
        host,
        other,
        initiated: true,
        kind: stringProp(edge, 'kind'),
        date: stringProp(edge, 'date'),
        datePrecision: stringProp(edge, 'datePrecision'),
        place: stringProp(edge, 'place'),
        evidence: evidenceOf(edge, articleId),
      },
    ];
  });
}
