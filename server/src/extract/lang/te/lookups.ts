import { countryWithCapital, NEWS_AGENCIES, ORGANIZATIONS } from '../../entities/gazetteer';
import {
  ALIAS_WORDS,
  DETACHED_SUFFIXES,
  NAME_CLOSING_MARKERS,
  NOT_NAME_WORDS,
  SPEECH_NOUN,
  WEEKDAYS,
} from './lexicon';
import {
  ARMY_WORDS,
  BODY_NAMES,
  CAPITAL_NAMES,
  NEWS_AGENCY_NAMES,
  ORGANIZATION_NAMES,
  PLACE_NAMES,
  ROLE_NAMES,
} from './names-lexicon';
import { TeluguStates } from './states';
import { caseForms, TeluguPhrases, type PhraseMatch, type TeToken } from './tokens';

/* The Telugu name tables as phrase lookups, and the word tests that names are read with. */

export const COUNTRIES = new TeluguStates();
export const CAPITALS = new TeluguPhrases(CAPITAL_NAMES);
export const PLACES = new TeluguPhrases(PLACE_NAMES);
export const ORGANIZATIONS_TE = new TeluguPhrases(ORGANIZATION_NAMES);
export const AGENCIES = new TeluguPhrases({
  ...NEWS_AGENCY_NAMES,
  ...Object.fromEntries(
    NEWS_AGENCIES.flatMap((a) => [a.name, ...a.aliases].map((n) => [n, a.name])),
  ),
});
/** Telugu papers often write a compound as one word ("విదేశాంగశాఖ", "రక్షణమంత్రి"). */
function withGluedSpellings<T>(table: Record<string, T>): Record<string, T> {
  const glued = Object.entries(table).flatMap(([words, value]) =>
    words.includes(' ') ? [[words.replace(/ /g, ''), value] as const] : [],
  );
  return { ...Object.fromEntries(glued), ...table };
}

export const BODIES = new TeluguPhrases(withGluedSpellings(BODY_NAMES));
export const ARMIES = new TeluguPhrases(ARMY_WORDS);
export const ROLES = new TeluguPhrases(withGluedSpellings(ROLE_NAMES));
export const NEWS_AGENCY_WORDS = ['వార్తా', 'సంస్థ'];
export const SIDE_WORD = 'వైపు';
/** Unqualified titles of government posts mean the press's home country's ("ప్రధాని మోదీ"). */
export const HOME_ROLES =
  /Prime Minister|Foreign Minister|External Affairs Minister|Foreign Secretary|President|spokesperson/;
const VERB_LIKE = /(?:ారు|ాడు|ింది|ంది|ాయి|ుతూ|ించి|ిన|ారని|ిందని|ట్లు|ాలి|కుండా|టం|డం)$/;
const INITIAL = /^(?:[A-Z]|ఎ|ఏ|బి|సి|డి|ఇ|ఎఫ్|జి|హెచ్|ఐ|జె|కె|ఎల్|ఎం|ఎమ్|ఎన్|ఓ|పి|ఆర్|ఎస్|టి|యు|వి|వై)$/;
const MAX_NAME_WORDS = 2;
/** A third word joins a name only when a case ending closes it ("అనూర కుమార దిసనాయకతో"). */
const MAX_MARKED_NAME_WORDS = 3;

const LEXICONS: { at(tokens: TeToken[], i: number): unknown }[] = [
  COUNTRIES,
  CAPITALS,
  PLACES,
  ORGANIZATIONS_TE,
  AGENCIES,
  BODIES,
  ROLES,
];

export const ORGANIZATIONS_BY_NAME = new Map(ORGANIZATIONS.map((o) => [o.name, o]));

/** A word that may belong to a name: no function word, verb, weekday, nor the start of a known phrase. */
export function isNameWordAt(tokens: TeToken[], k: number): boolean {
  const token = tokens[k];
  if (!token?.isWord || NOT_NAME_WORDS.has(token.norm) || VERB_LIKE.test(token.norm)) return false;
  if (SPEECH_NOUN.test(token.norm) || ALIAS_WORDS.has(token.norm)) return false;
  // "ప్రచండ మీడియాతో మాట్లాడారు": the press he spoke to is no part of his name.
  if (caseForms(token.norm).some((f) => f.marker && NOT_NAME_WORDS.has(f.stem))) return false;
  if (DETACHED_SUFFIXES.has(token.norm)) return false;
  if (caseForms(token.norm).some((f) => f.stem in WEEKDAYS)) return false;
  return !LEXICONS.some((table) => table.at(tokens, k) !== undefined);
}

/**
 * Up to two name words after a title (initials aside), three when a case ending or "అలియాస్"
 * closes the name ("అనూర కుమార దిసనాయకతో").
 */
export function nameAt(
  tokens: TeToken[],
  j: number,
): { end: number; surface: string; marker?: string } | undefined {
  const words: string[] = [];
  let k = j;
  if (INITIAL.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.text === '.') {
    words.push(`${tokens[k]!.norm}.`);
    k += 2;
  }
  const first = words.length;
  while (k < tokens.length && words.length - first < MAX_MARKED_NAME_WORDS) {
    const token = tokens[k]!;
    if (!isNameWordAt(tokens, k)) break;
    const suffixed = caseForms(token.norm)[1];
    const detached = DETACHED_SUFFIXES.get(tokens[k + 1]?.norm ?? '');
    const aliasNext = ALIAS_WORDS.has(tokens[k + 1]?.norm ?? '');
    if (words.length - first === MAX_NAME_WORDS && !suffixed?.marker && !detached && !aliasNext)
      break;
    k++;
    if (detached) {
      words.push(token.norm);
      return { end: k + 1, surface: words.join(' '), marker: detached };
    }
    const closes =
      suffixed?.marker &&
      (words.length > first ||
        NAME_CLOSING_MARKERS.has(suffixed.marker) ||
        !isNameWordAt(tokens, k));
    if (closes) {
      words.push(suffixed.stem);
      return { end: k, surface: words.join(' '), marker: suffixed.marker };
    }
    words.push(token.norm);
  }
  return words.length > first ? { end: k, surface: words.join(' ') } : undefined;
}

/** A state named by itself or by its capital ("సియోల్ విదేశాంగ మంత్రిత్వ శాఖ" is Seoul's). */
export function countryAt(tokens: TeToken[], i: number): PhraseMatch<string> | undefined {
  const country = at(tokens, i, COUNTRIES);
  if (country) return country;
  const capital = at(tokens, i, CAPITALS);
  const state = capital && countryWithCapital(capital.value);
  return capital && state ? { ...capital, value: state.name } : undefined;
}

export function wordsAt(tokens: TeToken[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

function at<T>(
  tokens: TeToken[],
  i: number,
  table: { at(tokens: TeToken[], i: number): PhraseMatch<T> | undefined },
): PhraseMatch<T> | undefined {
  return table.at(tokens, i);
}
