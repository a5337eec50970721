import type { DateCue, ResolvedDate } from '../types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A calendar date more than this far after publication must be last year's ("on December 30"). */
const FUTURE_TOLERANCE_DAYS = 7;

const toIso = (d: Date) => d.toISOString().slice(0, 10);
const parseIso = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);

/** Monday of the ISO week of `d`. */
function mondayOf(d: Date): Date {
  const weekday = (d.getUTCDay() + 6) % 7;
  return addDays(d, -weekday);
}

/**
 * Resolves a date expression against the article's publication date (YYYY-MM-DD). News reports
 * what happened, so a bare weekday is the latest such day on or before publication. Without a
 * publication date nothing relative can be resolved; only full calendar dates can.
 */
export function resolveDate(
  cue: DateCue,
  publishedAt: string | undefined,
): ResolvedDate | undefined {
  if (cue.kind === 'calendar' && cue.year !== undefined)
    return calendarDate(cue.year, cue.month, cue.day);
  if (publishedAt === undefined) return undefined;
  const published = parseIso(publishedAt);
  switch (cue.kind) {
    case 'weekday': {
      const back = (published.getUTCDay() - cue.weekday + 7) % 7;
      return { date: toIso(addDays(published, -back)), precision: 'day' };
    }
    case 'days-ago':
      return { date: toIso(addDays(published, -cue.days)), precision: 'day' };
    case 'weeks-ago':
      return { date: toIso(addDays(mondayOf(published), -7 * cue.weeks)), precision: 'week' };
    case 'months-ago': {
      const first = new Date(
        Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - cue.months, 1),
      );
      return { date: toIso(first), precision: 'month' };
    }
    case 'day-of-month': {
      const month =
        cue.day > published.getUTCDate() ? published.getUTCMonth() - 1 : published.getUTCMonth();
      return calendarDate(published.getUTCFullYear(), month + 1, cue.day);
    }
    case 'calendar': {
      const year = published.getUTCFullYear();
      const guess = calendarDate(year, cue.month, cue.day);
      const latest = addDays(published, FUTURE_TOLERANCE_DAYS);
      return parseIso(guess.date) > latest ? calendarDate(year - 1, cue.month, cue.day) : guess;
    }
  }
}

function calendarDate(year: number, month: number, day: number | undefined): ResolvedDate {
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return { date: toIso(date), precision: day === undefined ? 'month' : 'day' };
}
