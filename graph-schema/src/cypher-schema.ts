import { NodeLabel } from './model';

export const SEARCH_INDEX = 'parley_search';

/**
 * Constraints and indexes, applied idempotently at start. Full-text search covers names,
 * aliases (kept joined in `searchNames` because a full-text index reads strings) and statement
 * text; the standard analyzer segments Telugu as well as Latin script.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...Object.values(NodeLabel).map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE CONSTRAINT view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE`,
  `CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)`,
  `CREATE INDEX meets_with_id IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() ON (r.id)`,
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
     FOR (n:Actor|Institution|Statement|Article) ON EACH [n.searchNames, n.text, n.summaryEn, n.title]`,
];
