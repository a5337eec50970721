import { RelType, type IngestBundle } from '@parley/graph-schema';

export type Row = Record<string, unknown>;

/**
 * The properties of each relationship type, listed so Cypher can name them one by one. Every
 * relationship and statement also records the `source` of its bundles, sent once per query.
 */
export const LINK_PROPERTIES = {
  SAID: ['candidate'],
  ADDRESSED_TO: [],
  RESPONDS_TO: [],
  MEETS_WITH: [
    'id',
    'kind',
    'date',
    'datePrecision',
    'place',
    'articleId',
    'start',
    'end',
    'confidence',
    'ambiguityNote',
  ],
  AFFILIATED_WITH: ['role'],
  REPORTED_IN: ['start', 'end'],
} as const satisfies Record<RelType, readonly string[]>;

/** Relationship types written once per id rather than once per pair of ends. */
export const KEYED_BY_ID: ReadonlySet<RelType> = new Set([RelType.MEETS_WITH]);

/** A relationship to write; `Link` alone is any of them. */
export type Link<T extends RelType = RelType> = T extends RelType
  ? { from: string; to: string } & Record<(typeof LINK_PROPERTIES)[T][number], unknown>
  : never;
export type Links = { [T in RelType]: Link<T>[] };

/** The properties of a statement node, listed so Cypher can name them one by one. */
export const STATEMENT_PROPERTIES = [
  'id',
  'text',
  'lang',
  'direct',
  'summaryEn',
  'date',
  'datePrecision',
  'articleId',
  'confidence',
  'speakerNames',
  'ambiguous',
  'ambiguityNote',
  'ambiguityCandidates',
] as const;
export type StatementProperties = Record<(typeof STATEMENT_PROPERTIES)[number], unknown> & {
  id: string;
};

export type ActorRow = { id: string; name: string; aliases: string[]; role: string | null };
export type InstitutionRow = { id: string; name: string; aliases: string[]; kind: string };

/** Everything bundles of one source write, one row per node or relationship. */
export type SourceRows = {
  articles: Row[];
  actors: ActorRow[];
  institutions: InstitutionRow[];
  statements: StatementProperties[];
  links: Links;
};

/** The last row for each key wins, as if each had been written over the one before. */
function lastById<T>(rows: T[], keyOf: (row: T) => string): T[] {
  return [...new Map(rows.map((row) => [keyOf(row), row])).values()];
}

/** Later rows' fields win; fields a later row lacks keep their earlier value (as `SET n += row`). */
function spreadById<T extends { id: string }>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) byId.set(row.id, { ...byId.get(row.id), ...row });
  return [...byId.values()];
}

/**
 * One row per entity: later rows' fields win and every spelling is kept, in the order the graph
 * would have added them row by row (a row's aliases, then its name).
 */
function mergeNamed<T extends { id: string; name: string; aliases: string[] }>(
  rows: T[],
  merge: (earlier: T, later: T) => T = (_, later) => later,
): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    const aliases = seen ? [...new Set([...seen.aliases, seen.name, ...row.aliases])] : row.aliases;
    byId.set(row.id, { ...(seen ? merge(seen, row) : row), aliases });
  }
  return [...byId.values()];
}

function statementProperties(
  bundle: IngestBundle,
  namesById: Map<string, string>,
): StatementProperties[] {
  return bundle.statements.map((s) => ({
    id: s.id,
    text: s.text,
    lang: s.lang,
    direct: s.direct,
    summaryEn: s.summaryEn ?? null,
    date: s.date ?? null,
    datePrecision: s.datePrecision ?? null,
    articleId: bundle.article.id,
    confidence: s.confidence,
    speakerNames: s.speakers.map((id) => namesById.get(id) ?? id),
    ambiguous: s.ambiguity !== undefined,
    ambiguityNote: s.ambiguity?.note ?? null,
    ambiguityCandidates: s.ambiguity?.candidates ?? [],
  }));
}

function linksOf(bundle: IngestBundle): Links {
  const article = bundle.article.id;
  return {
    SAID: bundle.statements.flatMap((s) =>
      s.speakers.map((from) => ({ from, to: s.id, candidate: s.ambiguity?.field === 'speaker' })),
    ),
    ADDRESSED_TO: bundle.statements.flatMap((s) => s.addressees.map((to) => ({ from: s.id, to }))),
    RESPONDS_TO: bundle.statements.flatMap((s) => s.respondsTo.map((to) => ({ from: s.id, to }))),
    REPORTED_IN: bundle.statements.map((s) => ({
      from: s.id,
      to: article,
      start: s.evidence.start,
      end: s.evidence.end,
    })),
    AFFILIATED_WITH: bundle.actors.flatMap((a) =>
      a.affiliations.map((aff) => ({ from: a.id, to: aff.institution, role: aff.role ?? null })),
    ),
    MEETS_WITH: bundle.meetings.map((m) => ({
      from: m.a,
      to: m.b,
      id: m.id,
      kind: m.kind,
      date: m.date ?? null,
      datePrecision: m.datePrecision ?? null,
      place: m.place ?? null,
      articleId: article,
      start: m.evidence.start,
      end: m.evidence.end,
      confidence: m.confidence,
      ambiguityNote: m.ambiguity?.note ?? null,
    })),
  };
}

function linkKey(type: RelType, link: Link): string {
  const id = KEYED_BY_ID.has(type) ? `>${String((link as Link<'MEETS_WITH'>).id)}` : '';
  return `${link.from}>${link.to}${id}`;
}

function allLinks(bundles: IngestBundle[]): Links {
  const perBundle = bundles.map(linksOf);
  const merged = (type: RelType) =>
    lastById(
      perBundle.flatMap((links) => links[type] as Link[]),
      (link) => linkKey(type, link),
    );
  return Object.fromEntries(Object.values(RelType).map((type) => [type, merged(type)])) as Links;
}

/**
 * Bundles of one source as rows to write, each node and relationship once: rows repeated across
 * bundles are merged the way writing them one after the other would have left the graph.
 */
export function rowsOfBundles(bundles: IngestBundle[]): SourceRows {
  const namesById = new Map<string, string>(
    bundles.flatMap((b) => [
      ...b.actors.map((a) => [a.id, a.name] as const),
      ...b.institutions.map((i) => [i.id, i.name] as const),
    ]),
  );
  return {
    articles: spreadById(bundles.map(({ article }) => ({ ...article, url: article.url ?? null }))),
    actors: mergeNamed(
      bundles.flatMap((b) =>
        b.actors.map(({ id, name, aliases, role }) => ({ id, name, aliases, role: role ?? null })),
      ),
      // A bundle that names no role keeps the one an earlier bundle gave.
      (earlier, later) => ({ ...later, role: later.role ?? earlier.role }),
    ),
    institutions: mergeNamed(
      bundles.flatMap((b) =>
        b.institutions.map(({ id, name, aliases, kind }) => ({ id, name, aliases, kind })),
      ),
    ),
    statements: lastById(
      bundles.flatMap((b) => statementProperties(b, namesById)),
      (s) => s.id,
    ),
    links: allLinks(bundles),
  };
}

export function countBundleElements(bundle: IngestBundle): {
  nodes: number;
  relationships: number;
} {
  const rels = Object.values(linksOf(bundle)).reduce((sum, list) => sum + list.length, 0);
  const nodes = 1 + bundle.actors.length + bundle.institutions.length + bundle.statements.length;
  return { nodes, relationships: rels };
}
