import type { IngestBundle } from '@parley/graph-schema';
import { normalizeAlias } from '../entities/known-entities';
import type { Span } from '../types';
import type { GoldArticle } from './gold';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  statements: Counts;
  meetings: Counts;
  replies: Counts;
  /** Among matched statements: addressees, and whether direct speech was told apart. */
  addressees: Counts;
  direct: { right: number; of: number };
  /** Among matched meetings. */
  meetingKind: { right: number; of: number };
  meetingPlace: { right: number; of: number };
  meetingDate: { right: number; of: number };
  /** Gold facts the extraction missed, and extracted facts no gold fact matches, for reading. */
  misses: string[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Which gold party each extracted party is: the same id, or a shared name or alias in any script. */
function mapParties(gold: GoldArticle, bundle: IngestBundle): Map<string, string> {
  const map = new Map<string, string>();
  for (const party of [...bundle.actors, ...bundle.institutions]) {
    const byId = gold.parties.find((g) => g.id === party.id);
    if (byId) {
      map.set(party.id, byId.key);
      continue;
    }
    const names = new Set([party.name, ...party.aliases].map(normalizeAlias));
    const byName = gold.parties.filter((g) => g.names.some((n) => names.has(normalizeAlias(n))));
    if (byName.length === 1) map.set(party.id, byName[0]!.key);
  }
  return map;
}

function greedyMatch<G, E>(
  gold: G[],
  extracted: E[],
  score: (g: G, e: E) => number,
): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    extracted.forEach((e, ei) => {
      const s = score(g, e);
      if (s > 0) pairs.push([s, gi, ei]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const matched = new Map<number, number>();
  const used = new Set<number>();
  for (const [, gi, ei] of pairs)
    if (!matched.has(gi) && !used.has(ei)) {
      matched.set(gi, ei);
      used.add(ei);
    }
  return matched;
}

const counts = (tp: number, goldCount: number, extractedCount: number): Counts => ({
  tp,
  fp: extractedCount - tp,
  fn: goldCount - tp,
});

/**
 * Scores one extraction against its gold annotation. A statement counts when its speaker (or,
 * for an ambiguous one, its set of candidates) is right and its evidence overlaps the gold
 * evidence; a meeting when the pair is right (either direction) and the evidence overlaps; a
 * reply when both of its statements matched and the gold has that reply.
 */
export function scoreArticle(gold: GoldArticle, bundle: IngestBundle): ArticleScore {
  const parties = mapParties(gold, bundle);
  const as = (ids: string[]) => ids.map((id) => parties.get(id) ?? `?${id}`);
  const text = (s: Span) => gold.text.slice(s.start, s.end).slice(0, 70);
  const misses: string[] = [];

  const statementMatch = greedyMatch(gold.statements, bundle.statements, (g, e) =>
    sameSet(g.speakers, as(e.speakers)) && overlaps(g.evidence, e.evidence)
      ? overlap(g.evidence, e.evidence)
      : 0,
  );
  const meetingMatch = greedyMatch(gold.meetings, bundle.meetings, (g, e) =>
    sameSet([g.a, g.b], as([e.a, e.b])) && overlaps(g.evidence, e.evidence)
      ? overlap(g.evidence, e.evidence)
      : 0,
  );

  const goldOf = new Map(
    [...statementMatch].map(([g, e]) => [bundle.statements[e]!.id, gold.statements[g]!.key]),
  );
  const goldEdges = new Set(
    gold.statements.flatMap((s) => s.respondsTo.map((t) => `${s.key}>${t}`)),
  );
  const extractedEdges = bundle.statements.flatMap((s) =>
    s.respondsTo.map((t) => ({ from: s.id, to: t })),
  );
  const mappedEdges = extractedEdges.map(
    (e) => `${goldOf.get(e.from) ?? e.from}>${goldOf.get(e.to) ?? e.to}`,
  );
  const replyTp = new Set(mappedEdges.filter((e) => goldEdges.has(e))).size;

  const addressees: Counts = { tp: 0, fp: 0, fn: 0 };
  const direct = { right: 0, of: 0 };
  for (const [gi, ei] of statementMatch) {
    const g = gold.statements[gi]!;
    const e = bundle.statements[ei]!;
    const found = as(e.addressees);
    const tp = found.filter((a) => g.addressees.includes(a)).length;
    addressees.tp += tp;
    addressees.fp += found.length - tp;
    addressees.fn += g.addressees.length - tp;
    direct.of++;
    if (g.direct === e.direct) direct.right++;
  }
  const meetingKind = { right: 0, of: 0 };
  const meetingPlace = { right: 0, of: 0 };
  const meetingDate = { right: 0, of: 0 };
  for (const [gi, ei] of meetingMatch) {
    const g = gold.meetings[gi]!;
    const e = bundle.meetings[ei]!;
    meetingKind.of++;
    if (g.kind === e.kind) meetingKind.right++;
    if (g.place) {
      meetingPlace.of++;
      if (g.place === e.place) meetingPlace.right++;
    }
    if (g.date) {
      meetingDate.of++;
      if (g.date === e.date && g.datePrecision === e.datePrecision) meetingDate.right++;
    }
  }

  gold.statements.forEach((g, i) => {
    if (!statementMatch.has(i))
      misses.push(`missed statement [${g.speakers.join(', ')}]: ${text(g.evidence)}`);
  });
  const matchedExtracted = new Set(statementMatch.values());
  bundle.statements.forEach((e, i) => {
    if (!matchedExtracted.has(i))
      misses.push(`extra statement [${as(e.speakers).join(', ')}]: ${text(e.evidence)}`);
  });
  gold.meetings.forEach((g, i) => {
    if (!meetingMatch.has(i)) misses.push(`missed meeting ${g.a} – ${g.b}: ${text(g.evidence)}`);
  });
  const matchedMeetings = new Set(meetingMatch.values());
  bundle.meetings.forEach((e, i) => {
    if (!matchedMeetings.has(i))
      misses.push(`extra meeting ${as([e.a, e.b]).join(' – ')}: ${text(e.evidence)}`);
  });
  for (const edge of goldEdges)
    if (!mappedEdges.includes(edge)) misses.push(`missed reply ${edge}`);
  for (const edge of new Set(mappedEdges))
    if (!goldEdges.has(edge)) misses.push(`extra reply ${edge}`);

  return {
    statements: counts(statementMatch.size, gold.statements.length, bundle.statements.length),
    meetings: counts(meetingMatch.size, gold.meetings.length, bundle.meetings.length),
    replies: counts(replyTp, goldEdges.size, new Set(mappedEdges).size),
    addressees,
    direct,
    meetingKind,
    meetingPlace,
    meetingDate,
    misses,
  };
}

export function sumCounts(list: Counts[]): Counts {
  return list.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

export function precisionRecallF1({ tp, fp, fn }: Counts): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
