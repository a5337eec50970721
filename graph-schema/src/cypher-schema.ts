import { NodeLabel, RecordLabel, SPOKE_TO } from './model';

/** Names and aliases of actors and institutions, and article titles (all kept in `searchNames`). */
export const NAME_SEARCH_INDEX = 'parley_names';
/** What statements say, in the original language and the English summary. */
export const STATEMENT_SEARCH_INDEX = 'parley_statements';

/**
 * Constraints and indexes, applied idempotently at start. Full-text search covers names and
 * aliases (joined in `searchNames`, as a full-text index reads strings) apart from statement
 * text, so a name outranks an article that mentions it; the standard analyzer segments Telugu
 * as well as Latin script.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...Object.values(NodeLabel).map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE CONSTRAINT view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE`,
  ...Object.values(RecordLabel).map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  // The edit log is read newest first, in index order.
  `CREATE INDEX edit_seq IF NOT EXISTS FOR (n:${RecordLabel.Edit}) ON (n.seq)`,
  `CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)`,
  // The review queue: statements no person has vouched for, extracted ones read least confident
  // first in index order.
  `CREATE INDEX statement_source IF NOT EXISTS FOR (n:Statement) ON (n.source)`,
  `CREATE INDEX statement_source_confidence IF NOT EXISTS FOR (n:Statement) ON (n.source, n.confidence)`,
  `CREATE INDEX statement_ambiguous IF NOT EXISTS FOR (n:Statement) ON (n.ambiguous)`,
  // The first view ranks parties by the degree ingest keeps on them, read in index order.
  `CREATE INDEX actor_degree IF NOT EXISTS FOR (n:${NodeLabel.Actor}) ON (n.degree)`,
  `CREATE INDEX institution_degree IF NOT EXISTS FOR (n:${NodeLabel.Institution}) ON (n.degree)`,
  `CREATE INDEX spoke_to_count IF NOT EXISTS FOR ()-[r:${SPOKE_TO}]-() ON (r.count)`,
  `CREATE INDEX meets_with_id IF NOT EXISTS FOR ()-[r:MEETS_WITH]-() ON (r.id)`,
  `CREATE FULLTEXT INDEX ${NAME_SEARCH_INDEX} IF NOT EXISTS
     FOR (n:Actor|Institution|Article) ON EACH [n.searchNames]`,
  `CREATE FULLTEXT INDEX ${STATEMENT_SEARCH_INDEX} IF NOT EXISTS
     FOR (n:Statement) ON EACH [n.text, n.summaryEn]`,
];
