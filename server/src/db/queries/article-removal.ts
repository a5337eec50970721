import { NodeLabel, RelType, meetingId, type ArticleRemovalResponse } from '@parley/graph-schema';
import { notFound } from '../../errors';
import type { Db, WriteTx } from '../driver';
import { recordEdit } from './edit-log';
import { deleteMeetings, deleteStatements, endsOf, snapshotMeetings } from './fact-removal';
import { partyById } from './node-by-id';
import { recountDegreesOf } from './party-degree';
import { joinSnapshots, snapshotNodes, type GraphSnapshot } from './snapshots';
import type { EditBy } from './statement-corrections';
import { CONTRACT_RELS } from './subgraph';
import { addTombstones } from './tombstones';

/**
 * What an article reports: statements it alone reports, those other articles report too, and
 * its meetings (their ids start with the article's, found through the MEETS_WITH id index).
 */
const ARTICLE_FACTS = `
MATCH (a:${NodeLabel.Article} {id: $id})
CALL (a) {
  MATCH (a)<-[:${RelType.REPORTED_IN}]-(s:${NodeLabel.Statement})
  WITH s, COUNT { (s)-[:${RelType.REPORTED_IN}]->() } AS reports
  RETURN collect(CASE WHEN reports = 1 THEN s.id END) AS only,
         collect(CASE WHEN reports > 1 THEN s.id END) AS shared
}
CALL () {
  MATCH ()-[m:${RelType.MEETS_WITH}]->()
  WHERE m.id STARTS WITH $meetingPrefix AND m.articleId = $id
  RETURN collect(m.id) AS meetings
}
RETURN only, shared, meetings`;

const DELETE_ARTICLE = `
MATCH (a:${NodeLabel.Article} {id: $id})
DETACH DELETE a`;

/** Parties among `$ids` that no person corrected and none of the `holds` patterns on `p` holds. */
const unheldParties = (...holds: string[]) => `
UNWIND $ids AS id
${partyById('id', 'id', 'p')}
WITH p WHERE p.correctedAt IS NULL ${holds.map((held) => `AND NOT EXISTS { ${held} }`).join(' ')}
RETURN collect(p.id) AS ids`;

/** Left with no statement and no meeting, and no party affiliated with them. */
const WITHOUT_FACTS = unheldParties(
  `(p)-[:${RelType.SAID}|${RelType.ADDRESSED_TO}|${RelType.MEETS_WITH}]-()`,
  `(p)<-[:${RelType.AFFILIATED_WITH}]-()`,
);
const WITHOUT_ANY = unheldParties(`(p)-[:${CONTRACT_RELS}]-()`);

const DELETE_PARTIES = `
UNWIND $ids AS id
${partyById('id', 'id', 'p')}
DETACH DELETE p`;

/** Parties `query` finds among `ids`, snapshotted, then taken out. */
async function removeParties(tx: WriteTx, query: string, ids: string[]): Promise<GraphSnapshot> {
  const result = await tx.run(query, { ids: [...new Set(ids)] });
  const gone = (result.records[0]?.get('ids') as string[] | undefined) ?? [];
  const snapshot = joinSnapshots(
    await snapshotNodes(
      tx,
      NodeLabel.Actor,
      gone.filter((id) => id.startsWith('actor:')),
    ),
    await snapshotNodes(
      tx,
      NodeLabel.Institution,
      gone.filter((id) => id.startsWith('institution:')),
    ),
  );
  if (gone.length > 0) await tx.run(DELETE_PARTIES, { ids: gone });
  return snapshot;
}

/**
 * The parties only the removed facts named (and then institutions only those parties were
 * affiliated with), which would otherwise be left with nothing.
 */
async function removeOrphans(tx: WriteTx, named: string[]): Promise<GraphSnapshot> {
  const orphans = await removeParties(tx, WITHOUT_FACTS, named);
  const affiliated = orphans.rels
    .filter((rel) => rel.type === RelType.AFFILIATED_WITH)
    .map((rel) => rel.to);
  return joinSnapshots(orphans, await removeParties(tx, WITHOUT_ANY, affiliated));
}

/**
 * DELETE /api/articles/:id in one transaction: the article, every fact it alone reports and the
 * parties left with nothing go; facts other articles report stay (without this source). Ingest
 * never brings any of it back; a revert does.
 */
export function removeArticle(
  db: Db,
  id: string,
  { editor }: EditBy,
): Promise<ArticleRemovalResponse> {
  return db.writeTransaction(
    async (tx) => {
      const facts = await tx.run(ARTICLE_FACTS, { id, meetingPrefix: meetingId(id, '') });
      const record = facts.records[0];
      if (!record) throw notFound(`Article ${id}`);
      const [only, shared, meetings] = ['only', 'shared', 'meetings'].map(
        (key) => record.get(key) as string[],
      ) as [string[], string[], string[]];
      const snapshots = await Promise.all([
        snapshotNodes(tx, NodeLabel.Article, [id]),
        snapshotNodes(tx, NodeLabel.Statement, only),
        snapshotMeetings(tx, meetings),
      ]);
      const removed = joinSnapshots(...snapshots);
      const [ofStatements] = await Promise.all([
        deleteStatements(tx, only),
        deleteMeetings(tx, meetings),
        tx.run(DELETE_ARTICLE, { id }),
      ]);
      const named = [...ofStatements, ...endsOf(snapshots[2])];
      const orphans = await removeOrphans(tx, named);
      const snapshot = joinSnapshots(removed, orphans);
      const parties = orphans.nodes.length;
      const title = removed.nodes[0]?.properties.title ?? null;
      const [, , edit] = await Promise.all([
        // Parties that stay lose the affiliations of those that went, too.
        recountDegreesOf(tx, [...named, ...endsOf(orphans)]),
        addTombstones(tx, [id, ...only, ...meetings]),
        recordEdit(tx, {
          kind: 'article.delete',
          targets: [
            id,
            ...only,
            ...shared,
            ...meetings,
            ...orphans.nodes.map((n) => String(n.properties.id)),
          ],
          refs: named,
          editor,
          before: {
            article: { id, title },
            statements: only.length,
            meetings: meetings.length,
            parties,
          },
          after: {},
          undo: snapshot,
        }),
      ]);
      return {
        deleted: {
          articles: 1,
          statements: only.length,
          meetings: meetings.length,
          parties,
          relationships: snapshot.rels.length,
        },
        kept: { statements: shared.length },
        editId: edit.id,
      };
    },
    { metadata: { parley: 'article.delete' } },
  );
}
