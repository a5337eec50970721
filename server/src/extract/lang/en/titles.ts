import { DETERMINERS, isRoleHead, TITLE_WORDS } from './lexicon';
import type { Token } from './tokens';
import type { Unit } from './units';

/** Words that may join a title's parts but never start one ("Ambassador to Seoul"). */
const JOINERS = new Set(['of', 'to', 'for', 'on', 'and', 'at', 'in']);
/** Ranks and honorifics right before a name are not part of the role ("spokesman Maj. Gen. Pat Ryder"). */
const RANKS = new Set([
  'maj.',
  'gen.',
  'col.',
  'lt.',
  'adm.',
  'brig.',
  'capt.',
  'sgt.',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  // "H.E. Roey Gilad": His or Her Excellency, as African and Asian copy styles envoys.
  'h.e.',
  // British and Commonwealth copy writes honorifics without a period ("Dr Riina Kionka").
  'dr',
  'mr',
  'mrs',
  'ms',
]);
const APPOSITION_MAX_UNITS = 25;
const HEAD_WITHIN_WORDS = 6;

/** Where a person's title is, as unit indexes, and which of its units carry the country and institution. */
export interface TitleSpan {
  /** Units of the title, in order (the name itself excluded). */
  units: number[];
  /** Units of the role words, in order. */
  roleUnits: number[];
  countryUnit?: number;
  /** "Ambassador to Nigeria": the state the role serves in. */
  hostUnit?: number;
  /** "the country's special envoy": the country is the one last mentioned. */
  countryFromContext: boolean;
  institutionUnit?: number;
  counterpart: boolean;
}

const wordOf = (tokens: Token[], unit: Unit) =>
  unit.type === 'token' && tokens[unit.from]!.isWord ? tokens[unit.from]! : undefined;

function isTitleWord(tokens: Token[], unit: Unit): boolean {
  const word = wordOf(tokens, unit);
  return (
    !!word &&
    (isRoleHead(word.lower) ||
      TITLE_WORDS.has(word.lower) ||
      DETERMINERS.has(word.lower) ||
      RANKS.has(word.lower) ||
      isCountrysWord(word))
  );
}

const isCountrysWord = (token: Token) => token.lower === 'country' && token.possessive;

function isTitleEntity(unit: Unit): boolean {
  if (unit.type === 'institution') return true;
  if (unit.type !== 'phrase') return false;
  const type = unit.entry.type;
  return (
    type === 'country' ||
    type === 'demonym' ||
    type === 'body' ||
    (type === 'org' && !unit.entry.channel)
  );
}

const isHead = (tokens: Token[], unit: Unit) => isRoleHead(wordOf(tokens, unit)?.lower ?? '');
const isPunct = (tokens: Token[], unit: Unit, mark: string) =>
  unit.type === 'token' && tokens[unit.from]!.text === mark;

/** The words of a role before its `k`th unit, without "the". */
function wordsBefore(tokens: Token[], units: Unit[], roleUnits: number[], k: number) {
  return roleUnits
    .slice(0, k)
    .map((j) => wordOf(tokens, units[j]!)?.lower)
    .filter((w) => w !== 'the');
}

/**
 * The state right after `joiner` in a role: "of" names the owner ("Ambassador of China to
 * Nigeria", "President of the Republic of Kenya"), "to" the host.
 */
function stateAfter(
  tokens: Token[],
  units: Unit[],
  roleUnits: number[],
  joiner: 'of' | 'to',
): number | undefined {
  return roleUnits.find((i, k) => {
    const unit = units[i]!;
    const before = wordsBefore(tokens, units, roleUnits, k);
    return (
      unit.type === 'phrase' &&
      unit.entry.type === 'country' &&
      before[before.length - 1] === joiner &&
      (joiner === 'to' || !before.some((w) => w !== undefined && JOINERS.has(w) && w !== 'of'))
    );
  });
}

const isBody = (unit: Unit) =>
  unit.type === 'institution' ||
  (unit.type === 'phrase' && (unit.entry.type === 'org' || unit.entry.type === 'body'));

/** "spokesperson for the Chinese foreign ministry", "spokesman of the Kremlin": the body served. */
function bodyServed(tokens: Token[], units: Unit[], roleUnits: number[]): number | undefined {
  return roleUnits.find((i, k) => {
    const before = wordsBefore(tokens, units, roleUnits, k);
    return isBody(units[i]!) && ['for', 'of'].includes(before[before.length - 1] ?? '');
  });
}

/** Splits a title's units into the owner part (country, institution, determiners) and the role words. */
function describe(tokens: Token[], units: Unit[], indexes: number[]): TitleSpan | undefined {
  if (!indexes.some((i) => isHead(tokens, units[i]!))) return undefined;
  let countryUnit: number | undefined;
  let institutionUnit: number | undefined;
  let countryFromContext = false;
  let roleStart = indexes.length;
  for (let k = 0; k < indexes.length; k++) {
    const unit = units[indexes[k]!]!;
    const word = wordOf(tokens, unit);
    const afterJoiner = k > 0 && JOINERS.has(wordOf(tokens, units[indexes[k - 1]!]!)?.lower ?? '');
    if (word && isCountrysWord(word)) countryFromContext = true;
    else if (word && DETERMINERS.has(word.lower)) continue;
    else if (isBody(unit)) institutionUnit ??= indexes[k];
    else if (
      unit.type === 'phrase' &&
      (unit.entry.type === 'country' || unit.entry.type === 'demonym') &&
      !afterJoiner
    )
      countryUnit ??= indexes[k];
    else {
      roleStart = k;
      break;
    }
  }
  let roleUnits = indexes.slice(roleStart);
  countryUnit ??= stateAfter(tokens, units, roleUnits, 'of');
  const served = institutionUnit === undefined ? bodyServed(tokens, units, roleUnits) : undefined;
  if (served !== undefined) {
    // The body is the owner: "spokesperson for the Chinese foreign ministry" is its spokesperson.
    institutionUnit = served;
    let cut = roleUnits.indexOf(served);
    while (
      cut > 0 &&
      ['for', 'of', 'the'].includes(wordOf(tokens, units[roleUnits[cut - 1]!]!)?.lower ?? '')
    )
      cut--;
    roleUnits = roleUnits.slice(0, cut);
  }
  const hostUnit = stateAfter(tokens, units, roleUnits, 'to');
  while (
    roleUnits.length > 0 &&
    RANKS.has(wordOf(tokens, units[roleUnits[roleUnits.length - 1]!]!)?.lower ?? '')
  )
    roleUnits.pop();
  if (roleUnits.length === 0) return undefined;
  return {
    units: indexes,
    roleUnits,
    ...(countryUnit === undefined ? {} : { countryUnit }),
    ...(institutionUnit === undefined ? {} : { institutionUnit }),
    ...(hostUnit === undefined ? {} : { hostUnit }),
    countryFromContext,
    counterpart: roleUnits.some((i) => wordOf(tokens, units[i]!)?.lower === 'counterpart'),
  };
}

/** "Russia's Deputy Foreign Minister Andrey Rudenko", "South Korea's top nuclear envoy, Kim Gunn". */
export function titleBefore(
  tokens: Token[],
  units: Unit[],
  nameUnit: number,
): TitleSpan | undefined {
  let j = nameUnit - 1;
  const indexes: number[] = [];
  if (
    j > 0 &&
    isPunct(tokens, units[j]!, ',') &&
    (isHead(tokens, units[j - 1]!) || opensWithTitle(tokens, units, j))
  )
    j--;
  while (j >= 0 && (isTitleWord(tokens, units[j]!) || isTitleEntity(units[j]!)))
    indexes.unshift(j--);
  const own = indexes.slice(servedFrom(tokens, units, indexes));
  while (own.length > 0 && JOINERS.has(wordOf(tokens, units[own[0]!]!)?.lower ?? '')) own.shift();
  return describe(tokens, units, own);
}

/**
 * "spokesperson of Angola's President Lourenço": a role held for another role holder belongs to
 * someone else; the name's own title starts after its "of".
 */
function servedFrom(tokens: Token[], units: Unit[], indexes: number[]): number {
  for (let k = indexes.length - 2; k > 0; k--) {
    const joiner = wordOf(tokens, units[indexes[k]!]!)?.lower;
    if (joiner !== 'of' && joiner !== 'for') continue;
    const before = indexes.slice(0, k).some((i) => isHead(tokens, units[i]!));
    const after = indexes.slice(k + 1).some((i) => isHead(tokens, units[i]!));
    if (before && after) return k + 1;
  }
  return 0;
}

/**
 * "The Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, has held …": a sentence that opens
 * with a title set off by a comma before the name.
 */
function opensWithTitle(tokens: Token[], units: Unit[], comma: number): boolean {
  let k = comma - 1;
  let headSeen = false;
  while (k >= 0 && (isTitleWord(tokens, units[k]!) || isTitleEntity(units[k]!))) {
    headSeen ||= isHead(tokens, units[k]!);
    k--;
  }
  return headSeen && k < 0;
}

/** "Kim Hong-kyun, the country's special envoy for …": an apposition after the name. */
export function titleAfter(
  tokens: Token[],
  units: Unit[],
  nameUnit: number,
): TitleSpan | undefined {
  const name = units[nameUnit]!;
  if (
    tokens[name.to - 1]!.possessive ||
    !units[nameUnit + 1] ||
    !isPunct(tokens, units[nameUnit + 1]!, ',')
  )
    return undefined;
  const first = units[nameUnit + 2];
  if (!first || !(isTitleWord(tokens, first) || isTitleEntity(first))) return undefined;
  // "Josep Borrell, and the EU's Special Representative, Miroslav Lajčak": a list goes on.
  if (JOINERS.has(wordOf(tokens, first)?.lower ?? '')) return undefined;
  const indexes: number[] = [];
  let words = 0;
  let headSeen = false;
  for (let j = nameUnit + 2; j < units.length && indexes.length < APPOSITION_MAX_UNITS; j++) {
    const unit = units[j]!;
    if (unit.type === 'name' || unit.type === 'reference') return undefined;
    if (unit.type === 'token' && !tokens[unit.from]!.isWord) break;
    if (tokens[unit.from]!.inQuote) break;
    indexes.push(j);
    words++;
    headSeen ||= isHead(tokens, unit);
    if (!headSeen && words >= HEAD_WITHIN_WORDS) return undefined;
  }
  return headSeen ? describe(tokens, units, indexes) : undefined;
}
