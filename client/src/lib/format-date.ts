import type { DatePrecision } from '@parley/graph-schema';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  week: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** A date as precise as the source was, never more: "June 2024" stays a month. */
export function formatDate(isoDate: string, precision: string | undefined = 'day'): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const known = (precision ?? 'day') in FORMATS ? (precision as DatePrecision) : 'day';
  const text = new Intl.DateTimeFormat('en-GB', { ...FORMATS[known], timeZone: 'UTC' }).format(
    date,
  );
  return known === 'week' ? `week of ${text}` : text;
}
