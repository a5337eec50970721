import type { DateCue } from '../../types';
import type { RussianSentence } from './sentence';

/** Weekdays by stem (в среду, во вторник), Sunday 0 as in Date.getUTCDay. */
const WEEKDAYS: [RegExp, number][] = [
  [/^воскресень[ея]$/, 0],
  [/^понедельник$/, 1],
  [/^вторник$/, 2],
  [/^сред[уае]$/, 3],
  [/^четверг$/, 4],
  [/^пятниц[уае]$/, 5],
  [/^суббот[уае]$/, 6],
];
const MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма[яйе]',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
].map((stem) => new RegExp(`^${stem}[яеьа]?$`));

const monthOf = (word: string) => {
  const k = MONTHS.findIndex((m) => m.test(word));
  return k < 0 ? undefined : k + 1;
};

/** The first date of tokens [from, to): "в среду", "вчера", "на прошлой неделе", "12 сентября 2024 года". */
export function russianDateIn(s: RussianSentence, from: number, to: number): DateCue | undefined {
  for (let k = from; k < Math.min(to, s.tokens.length); k++) {
    const word = s.word(k);
    const next = s.word(k + 1);
    const before = s.word(k - 1);
    if (before === 'в' || before === 'во') {
      const weekday = WEEKDAYS.find(([p]) => p.test(word));
      if (weekday) return { kind: 'weekday', weekday: weekday[1] };
    }
    if (word === 'вчера') return { kind: 'days-ago', days: 1 };
    if (word === 'позавчера') return { kind: 'days-ago', days: 2 };
    if (word === 'сегодня') return { kind: 'days-ago', days: 0 };
    if (/^прошл(?:ой|ую)$/.test(word) && /^недел[еию]$/.test(next))
      return { kind: 'weeks-ago', weeks: 1 };
    if (/^(?:этой|эту)$/.test(word) && /^недел[еию]$/.test(next))
      return { kind: 'weeks-ago', weeks: 0 };
    if (/^прошлом$/.test(word) && next === 'месяце') return { kind: 'months-ago', months: 1 };
    if (/^(?:этом|текущем)$/.test(word) && next === 'месяце')
      return { kind: 'months-ago', months: 0 };
    const day = /^\d{1,2}$/.test(word) ? Number(word) : 0;
    const month = day > 0 && day <= 31 ? monthOf(next) : undefined;
    if (month) {
      const year = /^\d{4}$/.test(s.word(k + 2)) ? Number(s.word(k + 2)) : undefined;
      return { kind: 'calendar', month, day, ...(year ? { year } : {}) };
    }
  }
  return undefined;
}
