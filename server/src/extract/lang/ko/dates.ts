import type { DateCue } from '../../types';
import type { KoToken } from './tokens';

/** Weekdays by name (수요일, 수요일에), Sunday 0 as in Date.getUTCDay. */
const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
const DAY = /^(\d{1,2})일/;
const MONTH = /^(\d{1,2})월$/;
const YEAR = /^(\d{4})년$/;

/** The first date of a sentence: "지난 9일", "14일(현지시간)", "12월 3일", "어제", "수요일", "지난주". */
export function koreanDateIn(tokens: KoToken[]): DateCue | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    const next = tokens[k + 1]?.text ?? '';
    const weekday = /^(.)요일/.exec(word);
    if (weekday && WEEKDAYS.includes(weekday[1]!))
      return { kind: 'weekday', weekday: WEEKDAYS.indexOf(weekday[1]!) };
    if (word.startsWith('어제')) return { kind: 'days-ago', days: 1 };
    if (word.startsWith('그제') || word.startsWith('그저께')) return { kind: 'days-ago', days: 2 };
    if (word.startsWith('오늘')) return { kind: 'days-ago', days: 0 };
    if (word.startsWith('지난주') || (word === '지난' && next.startsWith('주')))
      return { kind: 'weeks-ago', weeks: 1 };
    if (word.startsWith('이번주') || (word === '이번' && next.startsWith('주')))
      return { kind: 'weeks-ago', weeks: 0 };
    if (word.startsWith('지난달')) return { kind: 'months-ago', months: 1 };
    if (word.startsWith('이달')) return { kind: 'months-ago', months: 0 };
    const month = MONTH.exec(word);
    const dayAfter = DAY.exec(next);
    if (month && dayAfter) {
      const year = YEAR.exec(tokens[k - 1]?.text ?? '');
      return {
        kind: 'calendar',
        month: Number(month[1]),
        day: Number(dayAfter[1]),
        ...(year ? { year: Number(year[1]) } : {}),
      };
    }
    const day = DAY.exec(word);
    if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31)
      return { kind: 'day-of-month', day: Number(day[1]) };
  }
  return undefined;
}
