/**
 * The timeline's histogram: dated facts counted per day, week or month, whichever keeps the
 * bars at most MAX_BINS. Days are ISO strings (YYYY-MM-DD), compared as text.
 */
export const MAX_BINS = 60;

export type BinUnit = 'day' | 'week' | 'month';
/** Inclusive days. */
export type Bin = { from: string; to: string; count: number };

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (day: string, days: number) => toDay(toTime(day) + days * DAY_MS);

function unitFor(first: string, last: string): BinUnit {
  const days = Math.round((toTime(last) - toTime(first)) / DAY_MS) + 1;
  if (days <= MAX_BINS) return 'day';
  if (days <= MAX_BINS * 7) return 'week';
  return 'month';
}

/** The first day of the bin holding `day`: itself, its Monday, or the 1st of its month. */
function binStart(day: string, unit: BinUnit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(toTime(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

function nextBinStart(start: string, unit: BinUnit): string {
  if (unit === 'day') return addDays(start, 1);
  if (unit === 'week') return addDays(start, 7);
  const date = new Date(toTime(start));
  return toDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

/** Every bin from the earliest to the latest day, empty ones included, so time reads evenly. */
export function binDays(sortedDays: readonly string[]): { unit: BinUnit; bins: Bin[] } {
  const first = sortedDays[0];
  const last = sortedDays[sortedDays.length - 1];
  if (first === undefined || last === undefined) return { unit: 'day', bins: [] };
  const unit = unitFor(first, last);
  const bins: Bin[] = [];
  let i = 0;
  for (let start = binStart(first, unit); start <= last; start = nextBinStart(start, unit)) {
    const next = nextBinStart(start, unit);
    let count = 0;
    while (i < sortedDays.length && (sortedDays[i] ?? '') < next) {
      count += 1;
      i += 1;
    }
    bins.push({ from: start, to: addDays(next, -1), count });
  }
  return { unit, bins };
}

/** Whether a bin lies inside an inclusive range whose open ends reach out for ever. */
export const binInRange = (bin: Bin, from: string | null, to: string | null) =>
  (from === null || bin.to >= from) && (to === null || bin.from <= to);

/**
 * The window a play-through shows at `step`: `width` bins starting at bin `step`; null once it
 * would run past the last bin.
 */
export function playWindow(
  bins: readonly Bin[],
  width: number,
  step: number,
): { from: string; to: string } | null {
  const start = bins[step];
  const end = bins[Math.min(bins.length - 1, step + Math.max(1, width) - 1)];
  if (!start || !end || step + Math.max(1, width) > bins.length) return null;
  return { from: start.from, to: end.to };
}
