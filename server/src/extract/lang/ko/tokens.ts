import type { Sentence, Span } from '../../types';
import { endsInConsonant } from './hangul';

/** What a particle says about the word it ends: its part in the clause. */
export type Marker =
  | 'topic'
  | 'subject'
  | 'object'
  | 'genitive'
  | 'to'
  | 'with'
  | 'at'
  | 'direction'
  /** "X를 향해": the words are aimed at X. */
  | 'toward'
  | 'also';

export interface KoToken {
  start: number;
  end: number;
  text: string;
  isWord: boolean;
  inQuote: boolean;
}

/** A word read without its particle: "외교부는" → 외교부 + topic. */
export interface Reading {
  stem: string;
  marker?: Marker;
}

/* Particles longest first; `after` says whether the word before must end in a consonant (은, 이, 을, 과) or a vowel (는, 가, 를, 와). */
const PARTICLES: [string, Marker, ('consonant' | 'vowel')?][] = [
  ['에게서는', 'at'],
  ['으로서는', 'at'],
  ['에서는', 'at'],
  ['에게는', 'to'],
  ['께서는', 'topic'],
  ['에게도', 'to'],
  ['에서도', 'at'],
  ['에게서', 'at'],
  ['으로서', 'at'],
  ['께서', 'subject'],
  ['에게', 'to'],
  ['한테', 'to'],
  ['에서', 'at'],
  ['에는', 'at'],
  ['에도', 'at'],
  ['과의', 'with', 'consonant'],
  ['와의', 'with', 'vowel'],
  ['과는', 'with', 'consonant'],
  ['와는', 'with', 'vowel'],
  ['과도', 'with', 'consonant'],
  ['와도', 'with', 'vowel'],
  ['으로', 'direction', 'consonant'],
  ['측은', 'topic'],
  ['측이', 'subject'],
  ['측도', 'also'],
  ['측을', 'object'],
  ['측에', 'to'],
  ['은', 'topic', 'consonant'],
  ['는', 'topic', 'vowel'],
  ['이', 'subject', 'consonant'],
  ['가', 'subject', 'vowel'],
  ['을', 'object', 'consonant'],
  ['를', 'object', 'vowel'],
  ['의', 'genitive'],
  ['에', 'to'],
  ['과', 'with', 'consonant'],
  ['와', 'with', 'vowel'],
  ['도', 'also'],
  ['로', 'direction', 'vowel'],
  ['께', 'to'],
];

const BARE_PARTICLES = new Map(PARTICLES.map(([particle, marker]) => [particle, marker]));

/** A particle standing alone, after a closing parenthesis ("상무부부장(차관)과"). */
export function bareParticle(word: string): Marker | undefined {
  return BARE_PARTICLES.get(word);
}

const memo = new Map<string, Reading[]>();
const MEMO_MAX_ENTRIES = 20_000;

/** The word as written, then without each particle it may end in. */
export function readingsOf(word: string): Reading[] {
  let found = memo.get(word);
  if (found) return found;
  found = [{ stem: word }];
  for (const [particle, marker, after] of PARTICLES) {
    if (!word.endsWith(particle) || word.length <= particle.length) continue;
    const stem = word.slice(0, -particle.length);
    if (after && endsInConsonant(stem) !== (after === 'consonant') && /[\uAC00-\uD7A3]$/.test(stem))
      continue;
    found.push({ stem, marker });
  }
  if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
  memo.set(word, found);
  return found;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-·‧][\p{L}\p{N}]+)*|\S/gu;
const NAME_TITLE_SLASH = /^[\uAC00-\uD7A3]\/[\uAC00-\uD7A3]$/;

/** Korean quotation marks: straight and curly double and single quotes, and MBC's ″…″ and ′…′. */
const PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['″', '″'],
  ['「', '」'],
  ['『', '』'],
  ["'", "'"],
  ['‘', '’'],
  ['′', '′'],
];

export interface KoQuote {
  inner: Span;
  outer: Span;
  /** Double quotation marks carry speech; single ones set off a word ('제로섬') or a quote inside a quote. */
  double: boolean;
}

/** The quotations of one sentence, by their marks, in absolute offsets. */
export function koreanQuotes(sentence: Sentence): KoQuote[] {
  const quotes: KoQuote[] = [];
  const text = sentence.text;
  PAIRS.forEach(([open, close], kind) => {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      const start = sentence.start + a;
      quotes.push({
        inner: { start: start + 1, end: sentence.start + b },
        outer: { start, end: sentence.start + b + 1 },
        double: kind < 5,
      });
      from = b + 1;
    }
  });
  return quotes.sort((p, q) => p.outer.start - q.outer.start);
}

const bySentence = new WeakMap<Sentence, { tokens: KoToken[]; quotes: KoQuote[] }>();

/** Mentions and facts read the same sentence: tokens and quotes are made once. */
export function tokenizeKorean(sentence: Sentence): { tokens: KoToken[]; quotes: KoQuote[] } {
  let read = bySentence.get(sentence);
  if (!read) {
    const quotes = koreanQuotes(sentence);
    const doubles = quotes.filter((q) => q.double);
    const tokens = [...sentence.text.matchAll(TOKEN)].flatMap((match) => {
      const start = sentence.start + match.index;
      const text = match[0];
      // "[드미트리 페스코프/러시아 크렘린궁 대변인 : …]": broadcast copy parts name and title by a slash.
      if (
        text === '/' &&
        NAME_TITLE_SLASH.test(sentence.text.slice(match.index - 1, match.index + 2))
      )
        return [];
      return [
        {
          start,
          end: start + text.length,
          text,
          isWord: /[\p{L}\p{N}]/u.test(text),
          inQuote: doubles.some((q) => start >= q.inner.start && start < q.inner.end),
        },
      ];
    });
    bySentence.set(sentence, (read = { tokens, quotes }));
  }
  return read;
}
