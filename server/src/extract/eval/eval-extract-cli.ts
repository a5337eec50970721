/**
 * `npm run eval:extract [-- --set DIR [--lang en,te]] [-- --held-out] [-- --verbose]`: extraction
 * on raw annotated articles, scored against their annotations. With `--set`, a folder of real news
 * in the format of `../shared/extraction-dev/` (repeatable); without, the seed's curated bundles and
 * the project's own written dev set.
 */
import { resolve } from 'node:path';
import { readCliFlags } from '../../cli-flags';
import { HELD_OUT_DIR, DEV_SET_DIR, loadLiteGold, loadSeedGold, type GoldArticle } from './gold';
import { reportNewsSet } from './news-report';
import { loadNewsSet } from './news-set';
import { evaluate, type ArticleResult, type KnownMode } from './run-eval';
import { evaluateNewsSet } from './run-news-eval';
import { precisionRecallF1, sumCounts, type Counts } from './score';

const USAGE =
  'usage: npm run eval:extract -- [--set DIR]... [--lang en,te] [--held-out] [--verbose]';

const { values: flags } = readCliFlags(USAGE, {
  set: { type: 'string', multiple: true },
  lang: { type: 'string' },
  'held-out': { type: 'boolean' },
  verbose: { type: 'boolean' },
});
const verbose = !!flags.verbose;

const pct = (n: number) => `${(n * 100).toFixed(0).padStart(3)}%`;
function prf(c: Counts): string {
  const { precision, recall, f1 } = precisionRecallF1(c);
  return `${pct(precision)} ${pct(recall)} ${f1.toFixed(2)} (${c.tp}/${c.tp + c.fn})`;
}
const ratio = (r: { right: number; of: number }) => (r.of === 0 ? '  n/a' : `${r.right}/${r.of}`);

function report(title: string, results: ArticleResult[]): void {
  console.log(`\n${title}`);
  console.log(
    `  ${'article'.padEnd(34)} ${'statements P R F1'.padEnd(24)} ${'meetings P R F1'.padEnd(24)} replies P R F1`,
  );
  for (const { article, score } of results) {
    console.log(
      `  ${article.name.padEnd(34)} ${prf(score.statements).padEnd(24)} ${prf(score.meetings).padEnd(24)} ${prf(score.replies)}`,
    );
    if (verbose) for (const miss of score.misses) console.log(`      ${miss}`);
  }
  const total = (pick: (r: ArticleResult) => Counts) => sumCounts(results.map(pick));
  const sum = (pick: (r: ArticleResult) => { right: number; of: number }) =>
    results
      .map(pick)
      .reduce((a, b) => ({ right: a.right + b.right, of: a.of + b.of }), { right: 0, of: 0 });
  console.log(
    `  ${'TOTAL'.padEnd(34)} ${prf(total((r) => r.score.statements)).padEnd(24)} ${prf(total((r) => r.score.meetings)).padEnd(24)} ${prf(total((r) => r.score.replies))}`,
  );
  console.log(
    `  matched facts: addressees ${prf(total((r) => r.score.addressees))}; direct/reported ${ratio(sum((r) => r.score.direct))}; ` +
      `meeting kind ${ratio(sum((r) => r.score.meetingKind))}, place ${ratio(sum((r) => r.score.meetingPlace))}, date ${ratio(sum((r) => r.score.meetingDate))}`,
  );
}

console.log("Extraction from raw text only; each article's own annotation is never an input.");
console.log('Columns: precision, recall, F1 (found/annotated).');

if (flags.set) {
  const langs = flags.lang ? new Set(flags.lang.split(',')) : undefined;
  for (const dir of flags.set) {
    const articles = loadNewsSet(resolve(process.env.INIT_CWD ?? '.', dir), langs);
    const lines = reportNewsSet(
      `${dir} (${articles.length} articles; names known from the seed; strict evidence range)`,
      evaluateNewsSet(articles),
      verbose,
    );
    console.log(lines.join('\n'));
  }
} else {
  const seed = loadSeedGold();
  const dev = loadLiteGold(DEV_SET_DIR);
  const heldOut = loadLiteGold(HELD_OUT_DIR);
  const universe: GoldArticle[] = [...seed, ...dev, ...heldOut];
  const modes: [KnownMode, string][] = [
    ['other-articles', 'names known from the other annotated articles'],
    ['nothing', 'empty graph'],
  ];
  for (const [mode, description] of modes) {
    report(`Seed (${seed.length} articles; ${description})`, evaluate(seed, universe, mode));
    report(`Dev set (${dev.length} articles; ${description})`, evaluate(dev, universe, mode));
    if (flags['held-out'])
      report(
        `Held-out set (${heldOut.length} articles; ${description})`,
        evaluate(heldOut, universe, mode),
      );
  }
}
