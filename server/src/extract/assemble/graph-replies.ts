import type { KnownStatement } from '../entities/known-entities';
import type { Extraction } from '../extract-article';

/** Confidence of a reply to a statement found in the graph rather than in the article. */
const GRAPH_REPLY_CONFIDENCE = 0.6;

function latest(statements: KnownStatement[]): KnownStatement | undefined {
  return [...statements].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id),
  )[0];
}

/**
 * Answers the replies the article could not place itself ("criticized Yoon's remarks" when Yoon
 * says nothing in it) with the party's latest statement already in the graph. Each such reply
 * caps its statement's confidence, since the article does not quote what it answers.
 */
export function answerFromGraph(extraction: Extraction, known: KnownStatement[]): Extraction {
  const answers = new Map<string, string[]>();
  for (const pending of extraction.pendingReplies) {
    const target = latest(known.filter((s) => s.speakerIds.includes(pending.partyId)));
    if (!target) continue;
    for (const id of pending.statementIds) answers.set(id, [...(answers.get(id) ?? []), target.id]);
  }
  if (answers.size === 0) return extraction;
  const statements = extraction.bundle.statements.map((s) => {
    const extra = (answers.get(s.id) ?? []).filter((id) => !s.respondsTo.includes(id));
    return extra.length === 0
      ? s
      : {
          ...s,
          respondsTo: [...s.respondsTo, ...extra],
          confidence: Math.min(s.confidence, GRAPH_REPLY_CONFIDENCE),
        };
  });
  return { ...extraction, bundle: { ...extraction.bundle, statements }, pendingReplies: [] };
}
