import type { ArticleContext } from '../../article-context';
import type { Sentence } from '../../types';
import type { TeluguStatement } from './statements';

/** "నేను", "మమ్మల్ని", "చూస్తాను": a speaker speaking of themselves, with no quotation marks. */
const FIRST_PERSON =
  /(?:^|[\s,])(?:నేను|నన్ను|నాకు|నా|మేము|మేం|మమ్మల్ని|మాకు|మా|మనం|మన)(?=[\s,.]|$)|[ా-ౌ]ను\.?$|[ా-ౌ]ము\.?$/u;
/** How many sentences before its attribution unquoted speech may start. */
const MAX_RUN_SENTENCES = 2;

/** The sentences of each article since the last that stated anything, in order. */
const unattributed = new WeakMap<ArticleContext, Sentence[]>();

/**
 * "…సిద్ధం. కానీ నేను ఆయనను శత్రువులానే చూస్తాను. ఆయన కూడా … అనుకుంటున్నా అని జెలన్స్కీ
 * పేర్కొన్నారు": Telugu papers run a speaker's first-person words over several sentences without
 * quotation marks, closed by one "అని". The sentences just before an attribution that opens its
 * sentence are part of the words when the run speaks in the first person.
 */
export function withRunOnSpeech(
  context: ArticleContext,
  sentence: Sentence,
  found: TeluguStatement[],
): void {
  const before = (unattributed.get(context) ?? []).filter(
    (s, k, all) => s.index === sentence.index - (all.length - k),
  );
  const first = found[0];
  if (!first) {
    unattributed.set(context, [...before, sentence].slice(-MAX_RUN_SENTENCES));
    return;
  }
  unattributed.set(context, []);
  const opensSentence = first.text.start <= sentence.start + 1;
  if (!opensSentence || first.direct || before.length === 0) return;
  const own = sentence.text.slice(0, first.text.end - sentence.start);
  if (![...before.map((s) => s.text), own].some((text) => FIRST_PERSON.test(text.trim()))) return;
  const start = before[0]!.start;
  first.text = { start, end: first.text.end };
  first.evidence = { start, end: first.evidence.end };
}
