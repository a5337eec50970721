import { countryWithCapital } from '../../entities/gazetteer';
import type { BodyType } from '../../entities/gazetteer';
import { AGENCY_NAMES, BODY_NAMES, ORGANIZATION_NAMES } from './institutions-lexicon';
import { CAPITAL_NAMES, COUNTRY_ADJECTIVES, COUNTRY_NAMES, PLACE_NAMES } from './places-lexicon';
import { RussianAdjectives, RussianPhrases } from './phrases';
import { ROLES } from './roles';
import type { RuToken } from './tokens';

/* The Russian name tables as phrase lookups. */

const PROPER = { properNames: true };
export const COUNTRIES = new RussianPhrases(COUNTRY_NAMES, PROPER);
export const CAPITALS = new RussianPhrases(
  CAPITAL_NAMES.filter(([, english]) => countryWithCapital(english)),
  PROPER,
);
export const PLACES = new RussianPhrases(PLACE_NAMES, PROPER);
export const BODIES = new RussianPhrases<BodyType>(BODY_NAMES);
export const ORGANIZATIONS_RU = new RussianPhrases(ORGANIZATION_NAMES);
export const AGENCIES = new RussianPhrases(AGENCY_NAMES);
export const ADJECTIVES = new RussianAdjectives(
  COUNTRY_ADJECTIVES,
  COUNTRY_NAMES.filter(([name]) => !/[\s-]/.test(name)),
);

const TABLES = [COUNTRIES, CAPITALS, PLACES, BODIES, ORGANIZATIONS_RU, AGENCIES, ROLES];

/** A state by its name or its capital ("Москва" speaks for Russia). */
export function countryAt(
  tokens: RuToken[],
  i: number,
): { value: string; end: number } | undefined {
  const country = COUNTRIES.at(tokens, i);
  if (country) return country;
  const capital = CAPITALS.at(tokens, i);
  const state = capital && countryWithCapital(capital.value);
  return capital && state ? { value: state.name, end: capital.end } : undefined;
}

/** Capitalised words that open sentences or name things, never people. */
const NOT_NAMES = new Set(
  'в во на с со к по о об от из за для при у и а но или же как что если то это эта этот эти его ее её их он она они мы вы я ты все всё также так такое такие ранее позже позднее затем далее накануне вчера сегодня впоследствии тогда наконец итак поэтому помимо вместе сейчас теперь однако кроме между после перед пока когда где там здесь напомним комментируя конечно впрочем кстати между власти оппозиция правительство стороны сторона беседа встреча переговоры позиция следующие официальный официальная генеральный министр посол президент пресс-секретарь премьер глава лидер год года году новым новый мир мира бог господин госпожа господина госпожи господину г-н г-жа'.split(
    ' ',
  ),
);

/** A word that may be part of a person's name: capitalised, not a function word, not in a table. */
export function isNameWordAt(tokens: RuToken[], k: number): boolean {
  const t = tokens[k];
  if (!t?.isWord || !t.capitalized || /\d/.test(t.text) || NOT_NAMES.has(t.lower)) return false;
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return false; // МИД, ООН, БРИКС
  if (ADJECTIVES.of(t.lower)) return false;
  return !TABLES.some((table) => table.at(tokens, k) !== undefined);
}
