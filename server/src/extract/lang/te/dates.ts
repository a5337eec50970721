import type { DateCue } from '../../types';
import { MONTHS, WEEKDAYS } from './lexicon';
import type { TeluguSentence } from './sentence';

const DAY_ENDINGS = /(?:నాడు|న)$/;

/** The first date in tokens [from, to): "బుధవారం", "గత వారం", "మార్చి 20న", "నిన్న". */
export function teluguDateIn(s: TeluguSentence, from: number, to: number): DateCue | undefined {
  for (let k = from; k < to; k++) {
    const word = s.wordAt(k);
    const next = s.wordAt(k + 1);
    const weekday = WEEKDAYS[word] ?? WEEKDAYS[word.replace(DAY_ENDINGS, '')];
    if (weekday !== undefined) return { kind: 'weekday', weekday };
    if (word === 'నిన్న') return { kind: 'days-ago', days: 1 };
    if (word === 'నేడు' || word === 'ఈరోజు') return { kind: 'days-ago', days: 0 };
    if ((word === 'గత' || word === 'ఈ') && next.startsWith('వారం'))
      return { kind: 'weeks-ago', weeks: word === 'గత' ? 1 : 0 };
    if ((word === 'గత' || word === 'ఈ') && next.startsWith('నెల'))
      return { kind: 'months-ago', months: word === 'గత' ? 1 : 0 };
    const month = MONTHS[word];
    const day = Number.parseInt(next, 10);
    if (month !== undefined && day > 0) return { kind: 'calendar', month, day };
    const before = MONTHS[next];
    if (before !== undefined && Number.parseInt(word, 10) > 0)
      return { kind: 'calendar', month: before, day: Number.parseInt(word, 10) };
  }
  return undefined;
}
