import { WORLD_COUNTRIES } from '../../entities/world-countries-data';
import { COUNTRIES as GAZETTEER_STATES } from '../../entities/gazetteer';
import { canonicalStateName } from '../../entities/world-states';
import { nameKey } from '../../names/phonetic-key';
import { PRESS_COUNTRY_NAMES } from './names-lexicon';
import { teluguToLatin } from './to-latin';
import { caseForms, TeluguPhrases, type PhraseMatch, type TeToken } from './tokens';

/*
 * Every state in Telugu: its name from ICU (`Intl.DisplayNames('te')`, by ISO region code), the
 * spellings Telugu papers alternate (స్థాన్/స్తాన్, "&"/మరియు), and the press's short forms
 * (భారత్, పాక్, అమెరికా), each mapped to the canonical English name the gazetteer uses. A word
 * none of them spells is still a state when it sounds like one ("ఉజ్బెకిస్థాన్" = Uzbekistan).
 */

/** Territories the news treats as states although they are not UN members (as the gazetteer). */
const ALSO_STATES = new Set(['PS', 'TW', 'VA', 'XK']);
/** Shorter keys are too often an ordinary word that happens to sound like a state. */
const MIN_SOUND_KEY_LETTERS = 5;

/** The spellings Telugu writers use for one ICU name. */
function spellings(name: string): string[] {
  const plain = name.replace(/[\u200C\u200D]/g, '').replace(/\s*&\s*/g, ' మరియు ');
  return [...new Set([plain, plain.replace(/స్తాన్/g, 'స్థాన్'), plain.replace(/స్థాన్/g, 'స్తాన్')])];
}

function teluguStateNames(): Record<string, string> {
  const display = new Intl.DisplayNames('te', { type: 'region' });
  const names: Record<string, string> = {};
  for (const c of WORLD_COUNTRIES) {
    if (!c.unMember && !ALSO_STATES.has(c.cca2)) continue;
    const canonical = canonicalStateName(c);
    const telugu = display.of(c.cca2);
    // ICU's "కాంగో- కిన్షాసా" style is no one's spelling.
    if (!canonical || !telugu || telugu === c.cca2 || /[-(]\s/.test(telugu)) continue;
    for (const spelling of spellings(telugu)) names[spelling] = canonical;
  }
  return { ...names, ...PRESS_COUNTRY_NAMES };
}

/**
 * "రష్యన్", "ఆస్ట్రేలియన్", "కొరియన్": Telugu makes a state's adjective from its name as English
 * does, the final long vowel giving way to "-న్".
 */
function withAdjectives(names: Record<string, string>): Record<string, string> {
  const adjectives = Object.entries(names).flatMap(([telugu, canonical]) =>
    /[^\s]ా$/.test(telugu) ? [[telugu.replace(/ా$/, 'న్'), canonical] as const] : [],
  );
  return { ...Object.fromEntries(adjectives), ...names };
}

export const STATE_NAMES_TE: Readonly<Record<string, string>> = withAdjectives(teluguStateNames());

/** Phonetic key of a one-word state name or adjective → canonical name, from its English and Telugu names. */
const bySound = new Map<string, string>();
for (const c of GAZETTEER_STATES)
  for (const n of [c.name, ...c.aliases, ...c.demonyms])
    if (!n.includes(' ')) bySound.set(nameKey(n).joined, c.name);
for (const [telugu, canonical] of Object.entries(STATE_NAMES_TE))
  if (!telugu.includes(' ')) bySound.set(nameKey(teluguToLatin(telugu)).joined, canonical);

/** Words recur across sentences and articles; past this many the memo starts over. */
const SOUND_CACHE_MAX_ENTRIES = 50_000;
const soundCache = new Map<string, Omit<PhraseMatch<string>, 'end'> | null>();

function soundOf(norm: string): Omit<PhraseMatch<string>, 'end'> | null {
  if (!/^[\u0C00-\u0C7F]+$/.test(norm)) return null;
  for (const { stem, marker } of caseForms(norm)) {
    const key = nameKey(teluguToLatin(stem)).joined;
    const value = key.length >= MIN_SOUND_KEY_LETTERS ? bySound.get(key) : undefined;
    if (value) return { value, surface: stem, ...(marker ? { marker } : {}) };
  }
  return null;
}

/** States by their Telugu names, and single words that sound like a state's name. */
export class TeluguStates {
  private readonly phrases = new TeluguPhrases(STATE_NAMES_TE);

  at(tokens: TeToken[], i: number): PhraseMatch<string> | undefined {
    return this.phrases.at(tokens, i) ?? this.bySoundAt(tokens, i);
  }

  private bySoundAt(tokens: TeToken[], i: number): PhraseMatch<string> | undefined {
    const token = tokens[i];
    if (!token?.isWord) return undefined;
    let found = soundCache.get(token.norm);
    if (found === undefined) {
      found = soundOf(token.norm);
      if (soundCache.size >= SOUND_CACHE_MAX_ENTRIES) soundCache.clear();
      soundCache.set(token.norm, found);
    }
    return found ? { ...found, end: i + 1 } : undefined;
  }
}
