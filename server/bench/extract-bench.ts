/**
 * `npm run bench:extract`: articles per second for extraction alone (no Neo4j), over variants of
 * the seed and dev-set articles. Variants reorder paragraphs and shift weekdays, so no two texts
 * are the same while the language stays real.
 */
import { performance } from 'node:perf_hooks';
import type { ArticleLanguage } from '@parley/graph-schema';
import { KnownEntityIndex } from '../src/extract/entities/known-entities';
import {
  DEV_SET_DIR,
  HELD_OUT_DIR,
  knownFromOtherArticles,
  loadLiteGold,
  loadSeedGold,
} from '../src/extract/eval/gold';
import { extractArticle, type ArticleInput } from '../src/extract/extract-article';

const ARTICLES = Number(process.env.PARLEY_BENCH_ARTICLES ?? 2_000);
const WARMUP_ARTICLES = 50;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Deterministic variant `n` of an article: paragraphs rotated, weekdays shifted. */
function variant(text: string, n: number): string {
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  const shift = n % paragraphs.length;
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  return rotated
    .join('\n\n')
    .replace(
      new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'),
      (day) => WEEKDAYS[(WEEKDAYS.indexOf(day) + n) % 7]!,
    );
}

const sources = [...loadSeedGold(), ...loadLiteGold(DEV_SET_DIR), ...loadLiteGold(HELD_OUT_DIR)];
const known = new KnownEntityIndex(knownFromOtherArticles(sources, sources[0]!));
const inputs: ArticleInput[] = Array.from({ length: ARTICLES }, (_, n) => {
  const source = sources[n % sources.length]!;
  return {
    text: variant(source.text, Math.floor(n / sources.length)),
    lang: source.lang as ArticleLanguage,
    ...(source.publishedAt ? { publishedAt: source.publishedAt } : {}),
  };
});

for (const input of inputs.slice(0, WARMUP_ARTICLES)) extractArticle(input, known);
let statements = 0;
let characters = 0;
const startedMs = performance.now();
for (const input of inputs) {
  statements += extractArticle(input, known).bundle.statements.length;
  characters += input.text.length;
}
const seconds = (performance.now() - startedMs) / 1000;

console.log(
  `extracted ${inputs.length} articles (${characters.toLocaleString('en')} characters, ${statements} statements) in ${seconds.toFixed(2)} s`,
);
console.log(
  `${Math.round(inputs.length / seconds)} articles/s, ${Math.round(characters / seconds / 1000)}k characters/s, one core`,
);
