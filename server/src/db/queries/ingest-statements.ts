import { NodeLabel, RelType } from '@parley/graph-schema';
import { runBatched, type IngestContext } from './ingest-batches';
import { propertyMap, writeLinks } from './ingest-links';
import { addRefs, refOf, type NodeRefs } from './ingest-refs';
import {
  LINK_PROPERTIES,
  STATEMENT_PROPERTIES,
  type Link,
  type Links,
  type SourceRows,
  type StatementProperties,
} from './ingest-rows';
import { sourceWins } from './source-precedence';

/** The relationships a new statement is created with, under a field of its row each. */
const CREATED_WITH_STATEMENT = [
  { field: 'said', type: RelType.SAID, statementEnd: 'to' },
  { field: 'addressedTo', type: RelType.ADDRESSED_TO, statementEnd: 'from' },
  { field: 'reportedIn', type: RelType.REPORTED_IN, statementEnd: 'from' },
] as const;

type StatementLink = (typeof CREATED_WITH_STATEMENT)[number];

function createWithStatement({ field, type, statementEnd }: StatementLink): string {
  const props = propertyMap(LINK_PROPERTIES[type], 'link');
  const pattern =
    statementEnd === 'to' ? `(n)-[:${type} ${props}]->(s)` : `(s)-[:${type} ${props}]->(n)`;
  return `
  CALL (s, row) {
    UNWIND row.${field} AS link
    MATCH (n) WHERE elementId(n) = link.ref
    CREATE ${pattern}
  }`;
}

/**
 * Creates the statements that do not exist yet, each with who said it, to whom and where, and
 * answers the element ids of all of them and the ids of those that existed. The existence check
 * takes the id's index-entry lock, so no concurrent transaction can create the same statement
 * between the check and CREATE. The subquery answers an element id, not the node: Neo4j 5.26
 * pads an OPTIONAL CALL that returned no node with node -1 instead of null.
 */
const CREATE_NEW_STATEMENTS = `
UNWIND $rows AS row
OPTIONAL MATCH (known:${NodeLabel.Statement} {id: row.properties.id})
OPTIONAL CALL (row, known) {
  WITH row, known WHERE known IS NULL
  CREATE (s:${NodeLabel.Statement} ${propertyMap(STATEMENT_PROPERTIES, 'row.properties')})
  WITH s, row${CREATED_WITH_STATEMENT.map(createWithStatement).join('')}
  RETURN elementId(s) AS created
}
RETURN collect(row.properties.id) AS ids, collect(coalesce(created, elementId(known))) AS refs,
       collect(CASE WHEN known IS NOT NULL THEN row.properties.id END) AS known,
       collect(CASE WHEN known IS NOT NULL AND NOT ${sourceWins('known')}
                    THEN row.properties.id END) AS kept`;

/** What a person made is never overwritten by what was extracted (see sourceWins). */
const UPDATE_KNOWN_STATEMENTS = `
UNWIND $rows AS row
MATCH (s:${NodeLabel.Statement} {id: row.id})
WITH s, row
WHERE ${sourceWins('s')}
SET s += row, s.source = $source`;

/** A link of a statement: the element id of its far end, and its properties. */
type LinkOfStatement = Record<string, unknown> & { ref: string };
type NewStatementRow = { properties: StatementProperties } & Record<
  StatementLink['field'],
  LinkOfStatement[]
>;

/** Each statement with its links by field; the server creates those new to the graph. */
function statementRows(statements: StatementProperties[], links: Links, refs: NodeRefs) {
  const rows = new Map<string, NewStatementRow>(
    statements.map((properties) => [
      properties.id,
      { properties, said: [], addressedTo: [], reportedIn: [] },
    ]),
  );
  for (const { field, type, statementEnd } of CREATED_WITH_STATEMENT)
    for (const link of links[type] as Link[]) {
      const { from, to, ...props } = link;
      const farEnd = statementEnd === 'to' ? from : to;
      rows.get(link[statementEnd])?.[field].push({ ref: refOf(refs, farEnd), ...props });
    }
  return [...rows.values()];
}

/**
 * The statements the graph already held, and among them those this ingest's source may not
 * change (a person's over extracted ones, any correction): their properties, speakers,
 * addressees and replies stay as they are.
 */
export type KnownStatements = { known: Set<string>; kept: Set<string> };

/**
 * Creates the statements new to the graph with their speakers, addressees and articles; adds
 * the element ids of every statement to `refs`. Answers those that already existed.
 */
export async function createStatements(
  ctx: IngestContext,
  { statements, links }: SourceRows,
): Promise<KnownStatements> {
  const rows = statementRows(statements, links, ctx.refs);
  const found: KnownStatements = { known: new Set(), kept: new Set() };
  for (const result of await runBatched(ctx, CREATE_NEW_STATEMENTS, rows)) {
    addRefs(ctx.refs, result);
    for (const id of result.records[0]?.get('known') as string[]) found.known.add(id);
    for (const id of result.records[0]?.get('kept') as string[]) found.kept.add(id);
  }
  return found;
}

/** Which links of a known statement ingest may merge: where it was reported, and the facts of those it may change. */
function mayMerge(type: RelType, statement: string, { known, kept }: KnownStatements) {
  return known.has(statement) && (type === RelType.REPORTED_IN || !kept.has(statement));
}

/**
 * The idempotent path for statements the graph already held: properties updated and each
 * relationship merged, unless what a person made would be overwritten (then the statement only
 * gains where it was reported). Sent at once (see runBatched). Answers the element ids of the ends of
 * the relationships it created.
 */
export async function updateKnownStatements(
  ctx: IngestContext,
  { statements, links }: SourceRows,
  found: KnownStatements,
): Promise<string[]> {
  if (found.known.size === 0) return [];
  const [, ...ends] = await Promise.all([
    runBatched(
      ctx,
      UPDATE_KNOWN_STATEMENTS,
      statements.filter((s) => found.known.has(s.id) && !found.kept.has(s.id)),
    ),
    ...CREATED_WITH_STATEMENT.map(({ type, statementEnd }) =>
      writeLinks(
        ctx,
        type,
        (links[type] as Link[]).filter((link) => mayMerge(type, link[statementEnd], found)),
        'merge',
      ),
    ),
  ]);
  return ends.flat();
}

/**
 * Replies, once every statement they may answer exists: created for statements new to the
 * graph (they cannot have any yet), merged for the others but those it may not change. Sent
 * at once (see runBatched).
 */
export function writeReplies(
  ctx: IngestContext,
  replies: Links['RESPONDS_TO'],
  found: KnownStatements,
): Promise<unknown> {
  const { known } = found;
  return Promise.all([
    writeLinks(
      ctx,
      RelType.RESPONDS_TO,
      replies.filter((link) => mayMerge(RelType.RESPONDS_TO, link.from, found)),
      'merge',
    ),
    writeLinks(
      ctx,
      RelType.RESPONDS_TO,
      replies.filter((link) => !known.has(link.from)),
      'create',
    ),
  ]);
}
