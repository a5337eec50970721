import type { FoundReply, FoundStatement, ResolvedSelector } from '../read-article';

/** How many sentences ahead "the comment from Seoul came after …" still reaches. */
const PARTY_NEXT_REACH_SENTENCES = 3;

/** Statements that answer a party with nothing said in this article: the graph may know what they answer. */
export interface PendingReply {
  from: number[];
  partyId: string;
}

export interface Replies {
  /** [answering statement, answered statement], as indexes into the statements. */
  edges: [number, number][];
  pending: PendingReply[];
}

type SpeaksFor = (statement: FoundStatement, partyId: string) => boolean;

/**
 * Turns reply cues into RESPONDS_TO edges between statements of the article: "In response" answers
 * the sentence before, "criticized Yoon's remarks" answers Yoon's latest statement, and so on.
 */
export function resolveReplies(
  statements: FoundStatement[],
  replies: FoundReply[],
  speaksFor: SpeaksFor,
): Replies {
  const edges = new Map<string, [number, number]>();
  const pending: PendingReply[] = [];
  const withSiblings = (indexes: number[]) => {
    const groups = new Set(indexes.map((i) => statements[i]!.group));
    return statements.flatMap((s, i) => (groups.has(s.group) ? [i] : []));
  };

  const select = (selector: ResolvedSelector, sentence: number): number[] | 'nobody' => {
    const all = statements.map((s, i) => ({ s, i }));
    switch (selector.kind) {
      case 'this-sentence':
        return all.filter(({ s }) => s.sentence === sentence).map(({ i }) => i);
      case 'statement':
        return all
          .filter(({ s }) => s.sentence === sentence && s.local === selector.index)
          .map(({ i }) => i);
      case 'preceding': {
        const earlier = all.filter(({ s }) => s.sentence < sentence);
        const last = earlier[earlier.length - 1]?.s.sentence;
        return earlier.filter(({ s }) => s.sentence === last).map(({ i }) => i);
      }
      case 'party-next':
        return all
          .filter(
            ({ s }) =>
              s.sentence > sentence &&
              s.sentence <= sentence + PARTY_NEXT_REACH_SENTENCES &&
              speaksFor(s, selector.id),
          )
          .map(({ i }) => i);
      case 'party': {
        // The party's own words first; its people's ("Lim" for the ministry) only without them.
        const own = all.filter(({ s }) => s.speakers.length === 1 && s.speakers[0] === selector.id);
        const by = own.length > 0 ? own : all.filter(({ s }) => speaksFor(s, selector.id));
        const here = by.filter(({ s }) => s.sentence === sentence);
        const before = by.filter(({ s }) => s.sentence < sentence);
        const after = by.filter(({ s }) => s.sentence > sentence);
        const chosen =
          (selector.here ? here[here.length - 1] : undefined) ??
          (selector.first ? before[0] : undefined) ??
          passageLead(before) ??
          after[0] ??
          here[here.length - 1];
        return chosen ? withSiblings([chosen.i]) : 'nobody';
      }
    }
  };

  for (const reply of replies) {
    const to = select(reply.to, reply.sentence);
    let from = select(reply.from, reply.sentence);
    if (from === 'nobody') continue;
    if (to !== 'nobody' && from.every((f) => to.includes(f)) && reply.fallback) {
      const fallback = select(reply.fallback, reply.sentence);
      from = fallback === 'nobody' ? [] : fallback;
    }
    if (to === 'nobody') {
      if (reply.to.kind === 'party' && from.length > 0)
        pending.push({ from, partyId: reply.to.id });
      continue;
    }
    for (const f of from)
      for (const t of to) {
        const a = statements[f]!;
        const b = statements[t]!;
        if (f === t || a.group === b.group || a.speakers.join() === b.speakers.join()) continue;
        if (edges.has(`${t}>${f}`)) continue;
        edges.set(`${f}>${t}`, [f, t]);
      }
  }
  for (const [f, t] of [...edges.values()]) carryReply(statements, speaksFor, f, t, edges);
  return { edges: [...edges.values()], pending };
}

/** How far an answering passage reaches: statements, and sentences between two of them. */
const PASSAGE_MAX_STATEMENTS = 3;
const PASSAGE_MAX_GAP_SENTENCES = 2;

/**
 * "Al Ansari's statement": the lead of the party's latest passage, the statement its following
 * quotes ("…," he wrote) only go on with.
 */
function passageLead<T extends { s: FoundStatement; i: number }>(by: T[]): T | undefined {
  let k = by.length - 1;
  while (
    k > 0 &&
    by[k]!.i - by[k - 1]!.i === 1 &&
    by[k]!.s.sentence - by[k - 1]!.s.sentence <= PASSAGE_MAX_GAP_SENTENCES
  )
    k--;
  return by[k];
}

/**
 * The statements that follow an answer from the same side, before anyone else speaks ("…," Peskov
 * told reporters. / "They have no understanding…") carry the same answer.
 */
function carryReply(
  statements: FoundStatement[],
  speaksFor: SpeaksFor,
  from: number,
  to: number,
  edges: Map<string, [number, number]>,
): void {
  const answering = statements[from]!;
  const [side] = answering.speakers;
  if (answering.speakers.length !== 1 || !side) return;
  const sameSide = (s: FoundStatement) =>
    s.speakers.length === 1 &&
    (s.speakers[0] === side || speaksFor(s, side) || speaksFor(answering, s.speakers[0]!));
  let previous = answering;
  for (let g = from + 1; g < statements.length && g <= from + PASSAGE_MAX_STATEMENTS; g++) {
    const next = statements[g]!;
    if (next.group === previous.group) continue;
    if (!sameSide(next) || next.sentence - previous.sentence > PASSAGE_MAX_GAP_SENTENCES) return;
    if (g !== to && !edges.has(`${to}>${g}`)) edges.set(`${g}>${to}`, [g, to]);
    previous = next;
  }
}
