import * as chrono from 'chrono-node';
import type { DateCue } from '../../types';

/**
 * chrono reads every expression against a reference; Parley resolves against the article's
 * publication later (`resolveDate`), so relative expressions are read against a fixed day and kept
 * as distances from it.
 */
const REFERENCE_DAY = Date.UTC(2001, 0, 10);
const REFERENCE_MONTHS = 2001 * 12 + 1;
const DAY_MS = 24 * 60 * 60 * 1000;
const EXPLICIT_YEAR = /\b(?:1[89]|20)\d{2}\b/;
const WEEKS = /\bweeks?\b/i;

type Components = chrono.ParsedResult['start'];

function daysBefore(when: Components): number {
  const day = Date.UTC(when.get('year')!, when.get('month')! - 1, when.get('day')!);
  return Math.round((REFERENCE_DAY - day) / DAY_MS);
}

function cueOf(result: chrono.ParsedResult): DateCue | undefined {
  const when = result.start;
  const certain = (unit: Parameters<Components['isCertain']>[0]) => when.isCertain(unit);
  const month = when.get('month')!;
  if (certain('year') && EXPLICIT_YEAR.test(result.text))
    return certain('month')
      ? {
          kind: 'calendar',
          year: when.get('year')!,
          month,
          ...(certain('day') ? { day: when.get('day')! } : {}),
        }
      : undefined;
  if (certain('year') && certain('day')) {
    const days = daysBefore(when);
    if (days < 0) return undefined;
    return WEEKS.test(result.text)
      ? { kind: 'weeks-ago', weeks: Math.round(days / 7) }
      : { kind: 'days-ago', days };
  }
  if (certain('year') && certain('month'))
    return { kind: 'months-ago', months: REFERENCE_MONTHS - (when.get('year')! * 12 + month) };
  if (certain('month'))
    return { kind: 'calendar', month, ...(certain('day') ? { day: when.get('day')! } : {}) };
  if (certain('weekday')) return { kind: 'weekday', weekday: when.get('weekday')! };
  return undefined;
}

/** The first date the sentence gives ("on Friday", "two days ago", "mid-June", "2024-07-03"). */
export function firstEnglishDate(text: string): DateCue | undefined {
  const reference = { instant: new Date(REFERENCE_DAY), timezone: 0 };
  for (const result of chrono.en.parse(text, reference)) {
    const cue = cueOf(result);
    if (cue) return cue;
  }
  return undefined;
}
