import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { sameName } from './news-names';
import type { NewsArticle, NewsStatement } from './news-set';
import type { Counts } from './score';

type PreviewStatement = ArticlePreviewResponse['facts']['statements'][number];
type PreviewMeeting = ArticlePreviewResponse['facts']['meetings'][number];

export interface NewsScore {
  statements: Counts;
  meetings: Counts;
  replies: Counts;
  /** Predictions on a gold statement's words credited to someone else: worse than a miss. */
  wrongSpeakers: number;
  /** Predictions on a gold statement's words left with several candidate speakers. */
  ambiguousSpeakers: number;
  /** A second prediction of a gold statement already matched (counted in `statements.fp` too). */
  duplicates: number;
  /** Among matched statements. */
  direct: { right: number; of: number };
  addressees: { right: number; of: number };
  /** Readable lines: misses, wrong speakers, extras. */
  misses: string[];
}

const goldNames = (g: NewsStatement) =>
  [g.speaker, g.speaker_resolved, g.speaker_alt, ...(g.co_speakers ?? [])].filter(
    (n): n is string => !!n,
  );

const overlaps = (p: PreviewStatement, start: number, length: number) =>
  p.evidence.start < start + length && p.evidence.end > start;

const quoted = (text: string, span: { start: number; end: number }, max = 70) =>
  JSON.stringify(text.slice(span.start, Math.min(span.end, span.start + max)));

/**
 * Scores one article's preview against its gold as the set's README and `score.mjs` do: a
 * statement matches on speaker name and evidence overlapping `quote_start` (the strict range),
 * one to one, required gold first; optional gold is neither rewarded nor penalised; meetings are
 * unordered name pairs with phone calls optional; a reply matches when both of its ends do.
 */
export function scoreNewsArticle(article: NewsArticle, preview: ArticlePreviewResponse): NewsScore {
  const { text, gold } = article;
  const preds = preview.facts.statements;
  const matchOf = new Map<NewsStatement, PreviewStatement>();
  const used = new Set<PreviewStatement>();
  const score: NewsScore = {
    statements: { tp: 0, fp: 0, fn: 0 },
    meetings: { tp: 0, fp: 0, fn: 0 },
    replies: { tp: 0, fp: 0, fn: 0 },
    wrongSpeakers: 0,
    ambiguousSpeakers: 0,
    duplicates: 0,
    direct: { right: 0, of: 0 },
    addressees: { right: 0, of: 0 },
    misses: [],
  };

  const golds = [...gold.statements].sort((a, b) => Number(!!a.optional) - Number(!!b.optional));
  for (const g of golds) {
    const at = text.indexOf(g.quote_start);
    const names = goldNames(g);
    const match = preds.find(
      (p) =>
        !used.has(p) &&
        overlaps(p, at, g.quote_start.length) &&
        names.some((n) => sameName(n, p.speaker?.name)),
    );
    if (match) {
      used.add(match);
      matchOf.set(g, match);
      if (!g.optional) {
        score.statements.tp++;
        scoreAttributes(score, g, match);
      }
    } else if (!g.optional) {
      score.statements.fn++;
      score.misses.push(`missed   ${g.speaker}: ${JSON.stringify(g.quote_start)}`);
    }
  }
  const optionalMatches = [...matchOf].filter(([g]) => g.optional).length;
  score.statements.fp = preds.length - score.statements.tp - optionalMatches;
  for (const p of preds) if (!used.has(p)) classifyExtra(score, article, p, matchOf);

  scoreMeetings(score, article, preview.facts.meetings);
  scoreReplies(score, article, preds, matchOf);
  return score;
}

function scoreAttributes(score: NewsScore, g: NewsStatement, p: PreviewStatement): void {
  if (g.direct !== null && g.direct !== undefined) {
    score.direct.of++;
    if (p.direct === (g.direct || !!g.mixed)) score.direct.right++;
  }
  if (g.addressee_or_target) {
    const listed = g.addressee_or_target.split(/[;/]/);
    score.addressees.of++;
    if (p.addressees.some((a) => listed.some((l) => sameName(l, a.name)))) score.addressees.right++;
  }
}

/** An extra prediction is a duplicate, a wrong or ambiguous speaker on gold words, or plain noise. */
function classifyExtra(
  score: NewsScore,
  { text, gold }: NewsArticle,
  p: PreviewStatement,
  matchOf: Map<NewsStatement, PreviewStatement>,
): void {
  const onGold = gold.statements.filter((g) =>
    overlaps(p, text.indexOf(g.quote_start), g.quote_start.length),
  );
  const who = p.speaker?.name ?? `one of ${p.candidates.map((c) => c.name).join(' / ')}`;
  const sameSpeaker = (g: NewsStatement) => goldNames(g).some((n) => sameName(n, p.speaker?.name));
  if (onGold.some((g) => matchOf.has(g) && sameSpeaker(g))) {
    score.duplicates++;
    score.misses.push(`double   ${who}: ${quoted(text, p.evidence)}`);
  } else if (onGold.length > 0 && !p.speaker) {
    score.ambiguousSpeakers++;
    score.misses.push(`unsure   ${who} (gold ${onGold[0]?.speaker}): ${quoted(text, p.evidence)}`);
  } else if (onGold.length > 0) {
    score.wrongSpeakers++;
    score.misses.push(`WRONG    ${who} (gold ${onGold[0]?.speaker}): ${quoted(text, p.evidence)}`);
  } else score.misses.push(`extra    ${who}: ${quoted(text, p.evidence)}`);
}

function scoreMeetings(score: NewsScore, { gold }: NewsArticle, meetings: PreviewMeeting[]): void {
  const used = new Set<PreviewMeeting>();
  let optionalMatches = 0;
  for (const g of gold.meetings) {
    const optional = g.kind === 'phone' || g.optional === true;
    const match = meetings.find(
      (m) =>
        !used.has(m) &&
        ((sameName(g.a, m.a.name) && sameName(g.b, m.b.name)) ||
          (sameName(g.a, m.b.name) && sameName(g.b, m.a.name))),
    );
    if (match) {
      used.add(match);
      if (optional) optionalMatches++;
      else score.meetings.tp++;
    } else if (!optional) {
      score.meetings.fn++;
      score.misses.push(`missed meeting ${g.a} – ${g.b} (${g.kind})`);
    }
  }
  score.meetings.fp = meetings.length - score.meetings.tp - optionalMatches;
  for (const m of meetings)
    if (!used.has(m)) score.misses.push(`extra meeting ${m.a.name} – ${m.b.name} (${m.kind})`);
}

/** A reply link matches when its answering and its answered statement both matched their gold. */
function scoreReplies(
  score: NewsScore,
  { gold }: NewsArticle,
  preds: PreviewStatement[],
  matchOf: Map<NewsStatement, PreviewStatement>,
): void {
  const byQuote = new Map(gold.statements.map((g) => [g.quote_start, g]));
  const credited = new Set<string>();
  const ignored = new Set<string>();
  const key = (from: PreviewStatement, to: string) => `${from.id}→${to}`;
  for (const link of gold.responds_to) {
    const from = byQuote.get(link.statement_quote_start);
    const to = byQuote.get(link.responds_to_quote_start_or_description);
    const optional = link.optional || from?.optional || to?.optional;
    const fromPred = from && matchOf.get(from);
    const toPred = to && matchOf.get(to);
    const hit = fromPred
      ? to
        ? toPred && fromPred.respondsTo.includes(toPred.id) && toPred.id
        : fromPred.respondsTo[0]
      : undefined;
    if (hit && fromPred) (optional ? ignored : credited).add(key(fromPred, hit));
    if (optional) continue;
    if (hit) score.replies.tp++;
    else {
      score.replies.fn++;
      score.misses.push(
        `missed reply ${JSON.stringify(link.statement_quote_start)} → ${JSON.stringify(link.responds_to_quote_start_or_description)}`,
      );
    }
  }
  const optionalStatement = new Set([...matchOf].filter(([g]) => g.optional).map(([, p]) => p.id));
  for (const p of preds)
    for (const to of p.respondsTo) {
      const k = key(p, to);
      if (credited.has(k) || ignored.has(k)) continue;
      if (optionalStatement.has(p.id) || optionalStatement.has(to)) continue;
      score.replies.fp++;
    }
}
