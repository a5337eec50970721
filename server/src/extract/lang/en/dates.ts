import type { DateCue } from '../../types';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

const monthNumber = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

const CUES: [RegExp, (m: RegExpExecArray) => DateCue][] = [
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?\\b`),
    (m) => ({
      kind: 'calendar',
      month: monthNumber(m[1]!),
      day: Number(m[2]),
      ...(m[3] ? { year: Number(m[3]) } : {}),
    }),
  ],
  [
    new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`),
    (m) => ({
      kind: 'calendar',
      month: monthNumber(m[2]!),
      day: Number(m[1]),
      ...(m[3] ? { year: Number(m[3]) } : {}),
    }),
  ],
  [
    /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/,
    (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()) }),
  ],
  [/\byesterday\b/i, () => ({ kind: 'days-ago', days: 1 })],
  [/\b(?:today|this morning|this afternoon|tonight)\b/i, () => ({ kind: 'days-ago', days: 0 })],
  [/\b(?:last|the previous) week\b/i, () => ({ kind: 'weeks-ago', weeks: 1 })],
  [/\bthis week\b/i, () => ({ kind: 'weeks-ago', weeks: 0 })],
  [/\b(?:last|the previous) month\b/i, () => ({ kind: 'months-ago', months: 1 })],
  [/\b(?:earlier )?this month\b/i, () => ({ kind: 'months-ago', months: 0 })],
];

/** The first date the sentence gives ("on Friday", "last week", "April 9"), in text order. */
export function firstEnglishDate(text: string): DateCue | undefined {
  let best: { at: number; cue: DateCue } | undefined;
  for (const [pattern, toCue] of CUES) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.at)) best = { at: match.index, cue: toCue(match) };
  }
  return best?.cue;
}
