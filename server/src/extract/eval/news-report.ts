import type { NewsResult } from './run-news-eval';
import { precisionRecallF1, sumCounts, type Counts } from './score';

const pct = (n: number) => `${(n * 100).toFixed(0).padStart(3)}%`;
function prf(c: Counts): string {
  const { precision, recall, f1 } = precisionRecallF1(c);
  return `${pct(precision)} ${pct(recall)} ${f1.toFixed(2)} (${c.tp}/${c.tp + c.fn})`;
}
const ratio = (r: { right: number; of: number }) => (r.of === 0 ? 'n/a' : `${r.right}/${r.of}`);
const sumRatios = (list: { right: number; of: number }[]) =>
  list.reduce((a, b) => ({ right: a.right + b.right, of: a.of + b.of }), { right: 0, of: 0 });

/** Speaker precision: of the predictions on a gold statement's words, how many name its speaker. */
function speakerPrecision(results: NewsResult[]): string {
  const right = results.reduce((n, r) => n + r.score.statements.tp, 0);
  const wrong = results.reduce((n, r) => n + r.score.wrongSpeakers, 0);
  return `${(right / (right + wrong || 1)).toFixed(2)} (${wrong} wrong)`;
}

function totals(label: string, results: NewsResult[]): string[] {
  const sum = (pick: (r: NewsResult) => Counts) => prf(sumCounts(results.map(pick)));
  const count = (pick: (r: NewsResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  return [
    `  ${label.padEnd(44)} ${sum((r) => r.score.statements).padEnd(24)} ${sum((r) => r.score.meetings).padEnd(24)} ${sum((r) => r.score.replies)}`,
    `  ${''.padEnd(44)} speaker precision ${speakerPrecision(results)}, ambiguous ${count((r) => r.score.ambiguousSpeakers)}, ` +
      `duplicates ${count((r) => r.score.duplicates)}; direct ${ratio(sumRatios(results.map((r) => r.score.direct)))}, ` +
      `addressees ${ratio(sumRatios(results.map((r) => r.score.addressees)))}`,
  ];
}

/** A line per article, then totals by language and overall. */
export function reportNewsSet(title: string, results: NewsResult[], verbose: boolean): string[] {
  const lines = [
    '',
    title,
    `  ${'article'.padEnd(44)} ${'statements P R F1'.padEnd(24)} ${'meetings P R F1'.padEnd(24)} replies P R F1`,
  ];
  for (const { article, score } of results) {
    const flags = score.wrongSpeakers ? `  ${score.wrongSpeakers} wrong speaker` : '';
    lines.push(
      `  ${article.name.slice(0, 44).padEnd(44)} ${prf(score.statements).padEnd(24)} ${prf(score.meetings).padEnd(24)} ${prf(score.replies)}${flags}`,
    );
    if (verbose) lines.push(...score.misses.map((miss) => `      ${miss}`));
  }
  const langs = [...new Set(results.map((r) => r.article.gold.language))];
  for (const lang of langs)
    lines.push(
      ...totals(
        `TOTAL ${lang}`,
        results.filter((r) => r.article.gold.language === lang),
      ),
    );
  if (langs.length > 1) lines.push(...totals('TOTAL', results));
  return lines;
}
