/** Node labels as stored in Neo4j. */
export const NodeLabel = {
  Actor: 'Actor',
  Institution: 'Institution',
  Statement: 'Statement',
  Article: 'Article',
} as const;
export type NodeLabel = (typeof NodeLabel)[keyof typeof NodeLabel];

/** Relationship types as stored in Neo4j. */
export const RelType = {
  SAID: 'SAID',
  ADDRESSED_TO: 'ADDRESSED_TO',
  RESPONDS_TO: 'RESPONDS_TO',
  MEETS_WITH: 'MEETS_WITH',
  AFFILIATED_WITH: 'AFFILIATED_WITH',
  REPORTED_IN: 'REPORTED_IN',
} as const;
export type RelType = (typeof RelType)[keyof typeof RelType];
export const REL_TYPES = Object.values(RelType);

/**
 * A derived relationship kept up to date at ingest: speaker → addressee with the number of
 * statements between them, so who-said-what never folds the whole graph. Never sent to clients.
 */
export const SPOKE_TO = 'SPOKE_TO';

/**
 * What the graph remembers about people's decisions, never returned as nodes: a `Tombstone` per
 * removed fact id (ingest never brings it back), a `MergedId` per merged party id, pointing
 * (MERGED_INTO) at the party it went into, and an `Edit` per change, newest by `seq`.
 */
export const RecordLabel = {
  Tombstone: 'Tombstone',
  MergedId: 'MergedId',
  Edit: 'Edit',
} as const;
export const MERGED_INTO = 'MERGED_INTO';

/** The `kind` of a node in API payloads, one per label. */
export const NODE_KINDS = ['actor', 'institution', 'statement', 'article'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const LABEL_BY_KIND: Record<NodeKind, NodeLabel> = {
  actor: NodeLabel.Actor,
  institution: NodeLabel.Institution,
  statement: NodeLabel.Statement,
  article: NodeLabel.Article,
};

export const KIND_BY_LABEL: Record<NodeLabel, NodeKind> = {
  Actor: 'actor',
  Institution: 'institution',
  Statement: 'statement',
  Article: 'article',
};

const PARTY_KINDS: readonly NodeKind[] = ['actor', 'institution'];

/** The kinds of node each relationship joins, from → to, as the graph model's table says. */
export const REL_ENDS: Record<RelType, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  SAID: { from: PARTY_KINDS, to: ['statement'] },
  ADDRESSED_TO: { from: ['statement'], to: PARTY_KINDS },
  RESPONDS_TO: { from: ['statement'], to: ['statement'] },
  MEETS_WITH: { from: PARTY_KINDS, to: PARTY_KINDS },
  AFFILIATED_WITH: { from: PARTY_KINDS, to: ['institution'] },
  REPORTED_IN: { from: ['statement'], to: ['article'] },
};

/** The relationship types a node of this kind can have, in the contract's order. */
export const relTypesOfKind = (kind: NodeKind): RelType[] =>
  REL_TYPES.filter(
    (type) => REL_ENDS[type].from.includes(kind) || REL_ENDS[type].to.includes(kind),
  );

/** Kinds of MEETS_WITH encounters; phone talks stay distinguishable from meetings. */
export const MEETING_KINDS = [
  'talks',
  'meeting',
  'phone',
  'summons',
  'courtesy-call',
  'visit',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const INSTITUTION_KINDS = [
  'ministry',
  'government',
  'state',
  'agency',
  'news-agency',
  'international-body',
  'office',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * Where a fact came from: curated (a bundle written by a person), reviewed (a person checked or
 * corrected it) or extracted (Parley alone). What a person made wins over what was extracted;
 * among a person's, the later wins. A correction made through the API wins over every ingest.
 */
export const FACT_SOURCES = ['curated', 'reviewed', 'extracted'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];
