import { countryWithCapital } from '../../entities/gazetteer';
import { HANGUL_WORD } from './hangul';
import {
  AGENCY_WORDS,
  BODY_WORDS,
  ORGANIZATION_WORDS,
  OUTLET_WORDS,
  type BodyWord,
} from './institutions';
import { roleIn } from './roles';
import { readingsOf } from './tokens';
import { CAPITAL_NAMES_KO, hostState, PLACE_NAMES_KO, stateNamed, statePrefix } from './states';

/* What a Korean word is, when it is one of the names of things the readers know. */

/** A state by its name or its capital ("모스크바" speaks for Russia). */
export function stateOf(stem: string): { state: string; place?: string } | undefined {
  const state = stateNamed(stem);
  if (state) return { state, place: state };
  const capital = CAPITAL_NAMES_KO.get(stem);
  const country = capital && countryWithCapital(capital);
  return capital && country ? { state: country.name, place: capital } : undefined;
}

/** A body by its word, alone or after a fused state ("한국대사관", "러시아외무부"). */
export function bodyOf(stem: string): BodyRead | undefined {
  const bare = BODY_WORDS.get(stem);
  if (bare) return { body: bare, word: stem };
  const prefixed = statePrefix(stem);
  const body = prefixed && BODY_WORDS.get(prefixed.rest);
  if (!prefixed || !body) return undefined;
  return prefixed.host
    ? { body, word: prefixed.rest, host: prefixed.state }
    : { body, word: prefixed.rest, state: prefixed.state };
}

export interface BodyRead {
  body: BodyWord;
  /** The body's own word, without a fused state. */
  word: string;
  state?: string;
  host?: string;
}

/** Adverbs and nouns that stand where a name might and are none. */
const NOT_NAMES = new Set(
  '최근 현재 향후 오전 오후 올해 지난해 작년 내년 이후 이전 직후 같은 이 같은 야당 여당 앞서 이어 이어서 또 또한 당시 한편 이날 이번 지난 오늘 어제 전날 현지 전 현 신임 전임 차기 양국 양측 두 세 각국 해당 담당 공동 우리 저 그 그는 그녀는 이 그리고 하지만 그러나 특히 다만 아울러 그러면서 정부 국가 외교 수장 회담 정상 모두 발언 만찬 공식 관영 주재 주요 주 겸 및 등 측 중앙 속보 단독 종합 한미 한중 한일 북러 한러 북중 미중 한미일'.split(
    ' ',
  ),
);

/** A word the lexicons name (a state, body, role, organisation, agency) or that is no name. */
export function isLexiconWord(stem: string): boolean {
  return (
    NOT_NAMES.has(stem) ||
    stateOf(stem) !== undefined ||
    hostState(stem) !== undefined ||
    PLACE_NAMES_KO.has(stem) ||
    bodyOf(stem) !== undefined ||
    roleIn(stem) !== undefined ||
    ORGANIZATION_WORDS.has(stem) ||
    AGENCY_WORDS.has(stem) ||
    OUTLET_WORDS.has(stem)
  );
}

/** Korean names have at most five syllables a word; longer Hangul words are phrases. */
const MAX_NAME_SYLLABLES = 6;

/** A word that may be (part of) a person's name: Hangul syllables, hyphenated parts, no lexicon word. */
export function mayBeNameWord(word: string): boolean {
  let may = nameWords.get(word);
  if (may === undefined) {
    may =
      !readingsOf(word).some((r) => isLexiconWord(r.stem)) &&
      word.split('-').every((part) => HANGUL_WORD.test(part) && part.length <= MAX_NAME_SYLLABLES);
    if (nameWords.size >= MEMO_MAX_ENTRIES) nameWords.clear();
    nameWords.set(word, may);
  }
  return may;
}

/** Words recur across sentences and articles; past this many the memo starts over. */
const MEMO_MAX_ENTRIES = 20_000;
const nameWords = new Map<string, boolean>();
