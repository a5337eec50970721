import { RecordLabel, editSchema, type Edit, type EditKind } from '@parley/graph-schema';
import { int } from '../convert';
import type { Db, WriteTx } from '../driver';
import type { ReadQuery } from './read-query';

/**
 * The edit takes the number after the newest (found in the `seq` index) and, when it reverts
 * another, marks that one reverted by it.
 */
const CREATE_EDIT = `
CALL () {
  OPTIONAL MATCH (last:${RecordLabel.Edit}) WHERE last.seq IS NOT NULL
  WITH last ORDER BY last.seq DESC LIMIT 1
  RETURN coalesce(last.seq, 0) + 1 AS seq
}
CREATE (e:${RecordLabel.Edit} {
  id: 'edit:' + toString(seq), seq: seq, at: $at, kind: $kind, targets: $targets, refs: $refs,
  editor: $editor, before: $before, after: $after, undo: $undo, reverts: $reverts
})
WITH e
OPTIONAL MATCH (reverted:${RecordLabel.Edit} {id: $reverts})
FOREACH (_ IN CASE WHEN reverted IS NULL THEN [] ELSE [1] END | SET reverted.revertedBy = e.id)
RETURN e.id AS id`;

const LIST_EDITS = `
MATCH (e:${RecordLabel.Edit}) WHERE e.seq IS NOT NULL
WITH e ORDER BY e.seq DESC SKIP $offset LIMIT $limitPlusOne
RETURN e {.id, .at, .kind, .targets, .refs, .editor, .before, .after, .reverts, .revertedBy} AS edit`;

/**
 * An edit with what reverting it needs, and the later edits that changed what it changed or
 * relied on and still stand (neither reverted nor reverts themselves): while any do, it stays.
 */
const EDIT_FOR_REVERT = `
MATCH (e:${RecordLabel.Edit} {id: $id})
CALL (e) {
  MATCH (later:${RecordLabel.Edit}) WHERE later.seq > e.seq
    AND later.revertedBy IS NULL AND later.kind <> 'revert'
    AND any(t IN later.targets WHERE t IN e.targets OR t IN e.refs)
  RETURN collect(later.id) AS blockers
}
RETURN e {.id, .at, .kind, .targets, .refs, .editor, .before, .after, .reverts, .revertedBy} AS edit,
       e.undo AS undo, blockers`;

/** What an edit records: what it changed and relied on, before and after, what undoing needs. */
export type EditRecord = {
  kind: EditKind;
  targets: string[];
  refs?: string[];
  editor: string | undefined;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** JSON a revert reads; the log does not show it (a removed article's is large). */
  undo?: unknown;
  reverts?: string;
};

/**
 * Writes the edit to the log, last in its transaction; answers it as the log shows it. Sent
 * right away, so it can follow the edit's other queries without waiting for them.
 */
export async function recordEdit(tx: WriteTx, edit: EditRecord): Promise<Edit> {
  const at = new Date().toISOString();
  const logged = {
    at,
    kind: edit.kind,
    targets: [...new Set(edit.targets)],
    refs: [...new Set(edit.refs ?? [])],
    editor: edit.editor ?? null,
    before: edit.before,
    after: edit.after,
    reverts: edit.reverts ?? null,
    revertedBy: null,
  };
  const result = await tx.run(CREATE_EDIT, {
    ...logged,
    before: JSON.stringify(edit.before),
    after: JSON.stringify(edit.after),
    undo: edit.undo === undefined ? null : JSON.stringify(edit.undo),
  });
  return { id: result.records[0]!.get('id') as string, ...logged };
}

type EditRow = Record<string, unknown> & { before: string; after: string };

function toEdit(row: EditRow): Edit {
  return editSchema.parse({
    ...row,
    before: JSON.parse(row.before),
    after: JSON.parse(row.after),
    reverts: row.reverts ?? null,
    revertedBy: row.revertedBy ?? null,
  });
}

export const editsRead = (limit: number, offset: number): ReadQuery => ({
  cypher: LIST_EDITS,
  params: { offset: int(offset), limitPlusOne: int(limit + 1) },
});

/** Newest first, a page at a time. */
export async function listEdits(db: Db, limit: number, offset: number) {
  const { cypher, params } = editsRead(limit, offset);
  const result = await db.read(cypher, params);
  const edits = result.records.map((r) => toEdit(r.get('edit') as EditRow));
  return { edits: edits.slice(0, limit), truncated: edits.length > limit };
}

export type EditToRevert = { edit: Edit; undo: unknown; blockers: string[] };

export async function findEditToRevert(tx: WriteTx, id: string): Promise<EditToRevert | undefined> {
  const result = await tx.run(EDIT_FOR_REVERT, { id });
  const record = result.records[0];
  if (!record) return undefined;
  const undo = record.get('undo') as string | null;
  return {
    edit: toEdit(record.get('edit') as EditRow),
    undo: undo === null ? undefined : JSON.parse(undo),
    blockers: record.get('blockers') as string[],
  };
}
