import type { QueryResult } from 'neo4j-driver';

/**
 * Element ids of the nodes a transaction has written or checked, by Parley id. Found once
 * through the unique-id indexes, each node is then reached by its element id, which reads the
 * node record directly instead of searching an index.
 */
export type NodeRefs = Map<string, string>;

/** Adds the `ids` and `refs` columns a query returned (two lists of the same length). */
export function addRefs(refs: NodeRefs, result: QueryResult): void {
  const record = result.records[0];
  if (!record) return;
  const ids = record.get('ids') as string[];
  const elementIds = record.get('refs') as string[];
  ids.forEach((id, i) => refs.set(id, elementIds[i]!));
}

export function refOf(refs: NodeRefs, id: string): string {
  const ref = refs.get(id);
  if (ref === undefined) throw new Error(`Ingest wrote a relationship to ${id} before the node`);
  return ref;
}

/** Links (or pairs) with both ends replaced by their element ids. */
export const byRef = <T extends { from: string; to: string }>(links: T[], refs: NodeRefs): T[] =>
  links.map((link) => ({ ...link, from: refOf(refs, link.from), to: refOf(refs, link.to) }));
