import type { ArticleLanguage } from '@parley/graph-schema';

/**
 * Texts built to make extraction slow: each repeats a short unit that starts a pattern and never
 * finishes it (a speech verb without a speaker, a quote never closed, a list never ended), so a
 * pattern that rescans what precedes it costs time growing with the square of the length.
 */
export const ADVERSARIAL_UNITS: Readonly<Record<string, { unit: string; lang: ArticleLanguage }>> =
  {
    'speech verbs': { unit: 'said ', lang: 'en' },
    'passive auxiliaries': { unit: 'was was been said ', lang: 'en' },
    'unbalanced quotes': { unit: '"a ', lang: 'en' },
    'nested quotes': { unit: '“a ‘b ', lang: 'en' },
    'commas before verbs': { unit: 'Putin said , ', lang: 'en' },
    'subject lists': { unit: 'Lavrov, Wang and Blinken, ', lang: 'en' },
    'relative clauses': { unit: 'Zakharova, who also told ', lang: 'en' },
    'long white space': { unit: 'Putin said    \t   ', lang: 'en' },
    'telugu quotatives': { unit: 'జఖరోవా చెప్పారు "అని" ', lang: 'te' },
    'russian quotes': { unit: 'сказал «Путин ', lang: 'ru' },
    'korean quotes': { unit: '말했다 "푸틴 ', lang: 'ko' },
  };

/** `unit` repeated to `chars` characters. */
export function repeatedTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Words and marks random texts are made of: the ones the extraction patterns look for. */
export const TEXT_PIECES = [
  'said',
  'told',
  'warned',
  'was',
  'been',
  'who',
  'and',
  'also',
  'on Friday',
  'Putin',
  'Maria Zakharova',
  'Seoul',
  'the ministry',
  'in a statement',
  ',',
  '.',
  '"',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  ' ',
  '   ',
  '\n',
  'అని',
  'сказал',
  '말했다',
] as const;
