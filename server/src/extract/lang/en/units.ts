import type { Resolved } from '../../entities/article-entities';
import type { ArticleContext } from '../../article-context';
import { bodySpec, COUNTRIES, type BodyType } from '../../entities/gazetteer';
import type { KnownEntityIndex } from '../../entities/known-entities';
import { isRoleHead, NAME_PARTICLES, NOT_NAMES, TITLE_WORDS } from './lexicon';
import { GAZETTEER_PHRASES, knownInstitutionPhrases, type PhraseEntry } from './phrases';
import { isAllCaps, isCapitalized, type Token } from './tokens';

/** A run of tokens read as one thing: a named entity, a name, a pronoun, or a plain token. */
export type Unit = { from: number; to: number } & (
  | { type: 'phrase'; entry: PhraseEntry }
  | { type: 'institution'; country: string; body: BodyType }
  | { type: 'name' }
  | {
      type: 'reference';
      resolve: (context: ArticleContext) => Resolved | undefined;
      channel?: boolean;
    }
  | { type: 'token' }
);

const ROLE_DESCRIPTORS: Record<string, RegExp> = {
  minister: /minister/i,
  diplomat: /minister|diplomat|ambassador|envoy/i,
  president: /president/i,
  leader: /leader|president/i,
  envoy: /envoy|ambassador/i,
  ambassador: /ambassador/i,
  premier: /premier|prime minister/i,
  chancellor: /chancellor/i,
  secretary: /secretary/i,
};
/** Descriptors of several words ("the foreign minister", "the head of state") and the roles they fit. */
const QUALIFIED_ROLES: Record<string, { role: RegExp; words: number }> = Object.fromEntries(
  (
    [
      ['foreign minister', /foreign|external affairs/i],
      ['defence minister', /defen[cs]e/i],
      ['defense minister', /defen[cs]e/i],
      ['defence secretary', /defen[cs]e/i],
      ['defense secretary', /defen[cs]e/i],
      ['prime minister', /prime minister|premier/i],
      ['foreign secretary', /foreign/i],
      ['head of state', /president|king|emir|sultan|head of state/i],
      ['head of government', /prime minister|premier|chancellor|head of government/i],
    ] as const
  ).map(([words, role]) => [words, { role, words: words.split(' ').length }]),
);

const lower = (tokens: Token[], i: number) => tokens[i]?.lower ?? '';

/** One-word names and adjectives of states, lower case: "Japan-North Korea", "Kazakh-Russian" are no one's name. */
const STATE_WORDS = new Set(
  COUNTRIES.flatMap((c) => [c.name, c.adjective, ...c.demonyms])
    .filter((w) => !/\s/.test(w))
    .map((w) => w.toLowerCase()),
);
const isStateCompound = (token: Token) =>
  token.text.includes('-') && token.lower.split('-').some((part) => STATE_WORDS.has(part));

function isNameWord(token: Token): boolean {
  if (!token.isWord || token.inQuote || !isCapitalized(token) || isStateCompound(token))
    return false;
  if (/^\p{Lu}\.$/u.test(token.text)) return true;
  if (isAllCaps(token) || /^\p{Lu}+$/u.test(token.text)) return false;
  return (
    !NOT_NAMES.has(token.text) &&
    // "Leaders", "Ministers": a group of role holders, never one person's name.
    !isRoleHead(token.lower) &&
    !TITLE_WORDS.has(token.lower)
  );
}

/** After these, "it" is a thing ("concessions on it"), not an institution that acts. */
const BEFORE_THING_IT = new Set([
  'on',
  'in',
  'to',
  'of',
  'with',
  'for',
  'at',
  'about',
  'by',
  'from',
  'into',
  'over',
  'against',
  'make',
  'do',
]);

/** "…," says the document / the text adds: the paper speaks for the body that issued it. */
const DOCUMENT_WORDS = new Set([
  'statement',
  'document',
  'text',
  'release',
  'communique',
  'communiqué',
  'readout',
]);

/** A reference such as "the ministry", "the statement", "the Russian minister", "state media". */
function referenceAt(tokens: Token[], i: number): Unit | undefined {
  const t = tokens[i]!;
  if (t.inQuote) return undefined;
  if (t.lower === 'he' || t.lower === 'she')
    return {
      type: 'reference',
      from: i,
      to: i + 1,
      resolve: (c) => c.pronoun('person', { sameSentenceFirst: true }),
    };
  if (
    (t.lower === 'it' && !BEFORE_THING_IT.has(lower(tokens, i - 1))) ||
    (t.lower === 'the' && DOCUMENT_WORDS.has(lower(tokens, i + 1)))
  )
    return {
      type: 'reference',
      from: i,
      to: t.lower === 'it' ? i + 1 : i + 2,
      resolve: (c) => c.pronoun('institution'),
    };
  if (t.lower === 'state' && ['media', 'television', 'broadcaster'].includes(lower(tokens, i + 1)))
    return { type: 'reference', from: i, to: i + 2, resolve: () => undefined, channel: true };
  if (t.lower !== 'the') return undefined;
  const next = lower(tokens, i + 1);
  if (next === 'ministry' && lower(tokens, i + 2) !== 'of')
    return { type: 'reference', from: i, to: i + 2, resolve: (c) => c.anyMinistry() };
  const ministry = countrysMinistry(tokens, i);
  if (ministry) return ministry;
  const spokes = SPOKES_QUALIFIERS.has(next) ? i + 2 : i + 1;
  if (SPOKES_WORD.test(lower(tokens, spokes)))
    return {
      type: 'reference',
      from: i,
      to: spokesBodyEnd(tokens, spokes + 1),
      // With no spokesperson named, the body whose spokesperson has been speaking.
      resolve: (c) => c.roleHolder(/spokes/i) ?? c.pronoun('institution'),
    };
  return describedPerson(tokens, i) ?? channelReference(tokens, i);
}

/**
 * "the Venezuelan ministry": that state's ministry the article named, else, as diplomatic news
 * means it, its foreign ministry.
 */
function countrysMinistry(tokens: Token[], i: number): Unit | undefined {
  const demonym = GAZETTEER_PHRASES.longestAt(tokens, i + 1);
  if (demonym?.entry.type !== 'demonym' || lower(tokens, demonym.end) !== 'ministry') return;
  if (lower(tokens, demonym.end + 1) === 'of') return undefined;
  const { country } = demonym.entry;
  const surface = tokens
    .slice(i + 1, demonym.end + 1)
    .map((t) => t.text)
    .join(' ');
  return {
    type: 'reference',
    from: i,
    to: demonym.end + 1,
    resolve: (c) => c.anyMinistry(country) ?? c.body('foreign-ministry', surface, country),
  };
}

const SPOKES_WORD = /^spokes(?:person|man|woman)$/;
const SPOKES_QUALIFIERS = new Set(['official', 'chief', 'senior', 'deputy', 'top']);
const IN_BODY_NAME = new Set(['of', 'and', 'the', '(', ')', '&']);

/**
 * "the official spokesperson for the Ministry of Foreign Affairs (MoFA)": the body belongs to the
 * description of the person, so it is not read as a party of its own.
 */
function spokesBodyEnd(tokens: Token[], j: number): number {
  if (!['for', 'of'].includes(lower(tokens, j))) return j;
  let k = j + 1;
  if (lower(tokens, k) === 'the') k++;
  const first = k;
  while (k < tokens.length && k - first < 10) {
    const t = tokens[k]!;
    if (/^\p{Lu}/u.test(t.text) || IN_BODY_NAME.has(t.lower)) k++;
    else break;
  }
  while (k > first && IN_BODY_NAME.has(lower(tokens, k - 1)) && lower(tokens, k - 1) !== ')') k--;
  return k > first ? k : j;
}

/** "the Russian top diplomat", "the minister": the last person in such a role. */
function describedPerson(tokens: Token[], i: number): Unit | undefined {
  // "Cui Jianchun, the Ambassador of China,": an apposition titles the name before it.
  const before = tokens[i - 2];
  if (tokens[i - 1]?.text === ',' && before && isNameWord(before)) return undefined;
  let j = i + 1;
  const demonym = GAZETTEER_PHRASES.longestAt(tokens, j);
  const country = demonym?.entry.type === 'demonym' ? demonym.entry.country : undefined;
  if (demonym && country) j = demonym.end;
  return roleReference(tokens, i, j, country);
}

/**
 * The role words at `j` of a reference that starts at `from` ("the [Russian] top diplomat",
 * "Colombia's foreign minister", "the foreign minister of Kenya"), when no name follows them.
 */
function roleReference(
  tokens: Token[],
  from: number,
  j: number,
  country: string | undefined,
): Unit | undefined {
  if (lower(tokens, j) === 'top') j++;
  const qualified =
    QUALIFIED_ROLES[`${lower(tokens, j)} ${lower(tokens, j + 1)} ${lower(tokens, j + 2)}`] ??
    QUALIFIED_ROLES[`${lower(tokens, j)} ${lower(tokens, j + 1)}`];
  if (qualified) j += qualified.words - 1;
  const role = qualified?.role ?? ROLE_DESCRIPTORS[lower(tokens, j)];
  const after = tokens[j + 1];
  if (
    !role ||
    (after && isNameWord(after)) ||
    titlesNameAfterComma(tokens, j + 1) ||
    titlesNameAfterPlace(tokens, j + 1)
  )
    return undefined;
  const owner = ownerAfter(tokens, j + 1);
  const of = owner ? owner.country : country;
  return {
    type: 'reference',
    from,
    to: owner ? owner.end : j + 1,
    resolve: (c) => c.roleHolder(role, of),
  };
}

/** How far "to Seoul", "of the Republic of Korea" may run between a role and the name it titles. */
const TITLE_PLACE_WORDS = 6;

/** "Russia's Ambassador to Seoul Georgy Zinoviev": the role titles the name after its post. */
function titlesNameAfterPlace(tokens: Token[], from: number): boolean {
  if (!['to', 'of', 'for', 'in'].includes(lower(tokens, from))) return false;
  for (let k = from + 1; k < Math.min(tokens.length - 1, from + TITLE_PLACE_WORDS); k++) {
    if (!tokens[k]!.isWord) return false;
    if (isNameWord(tokens[k]!) && isNameWord(tokens[k + 1]!) && k > from + 1) return true;
  }
  return false;
}

/** Most words a title may run on for before the comma and the name it introduces. */
const TITLE_RUN_WORDS = 8;

/** "The Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, …": the words title the name after them. */
function titlesNameAfterComma(tokens: Token[], from: number): boolean {
  let k = from;
  while (
    k < tokens.length &&
    k - from < TITLE_RUN_WORDS &&
    (TITLE_WORDS.has(tokens[k]!.lower) || isCapitalized(tokens[k]!)) &&
    tokens[k]!.text !== ','
  )
    k++;
  const next = tokens[k + 1];
  return tokens[k]?.text === ',' && !!next && isNameWord(next);
}

/** "the foreign minister of Kenya": the state is the person's, not a speaker of its own. */
function ownerAfter(tokens: Token[], j: number): { country: string; end: number } | undefined {
  if (lower(tokens, j) !== 'of') return undefined;
  const k = lower(tokens, j + 1) === 'the' ? j + 2 : j + 1;
  const state = GAZETTEER_PHRASES.longestAt(tokens, k);
  return state?.entry.type === 'country'
    ? { country: state.entry.country, end: state.end }
    : undefined;
}

function channelReference(tokens: Token[], i: number): Unit | undefined {
  let j = i + 1;
  const demonym = GAZETTEER_PHRASES.longestAt(tokens, j);
  if (demonym?.entry.type === 'demonym') j = demonym.end;
  if (['official', 'state'].includes(lower(tokens, j))) j++;
  if (lower(tokens, j) === 'news') j++;
  if (!['agency', 'broadcaster'].includes(lower(tokens, j))) return undefined;
  return { type: 'reference', from: i, to: j + 1, resolve: (c) => c.newsAgency(), channel: true };
}

function phraseAt(tokens: Token[], i: number, known: KnownEntityIndex) {
  const fromGraph = knownInstitutionPhrases(known).longestAt(tokens, i);
  const fromGazetteer = GAZETTEER_PHRASES.longestAt(tokens, i);
  if (fromGraph && (!fromGazetteer || fromGraph.end >= fromGazetteer.end)) return fromGraph;
  return fromGazetteer;
}

/** "Colombia's foreign minister", "Russia's top diplomat": the person in that role, named elsewhere. */
function possessedRole(
  tokens: Token[],
  i: number,
  { entry, end }: { entry: PhraseEntry; end: number },
): Unit | undefined {
  if (entry.type !== 'country' || !tokens[end - 1]!.possessive) return undefined;
  return roleReference(tokens, i, end, entry.country);
}

/** "Russia's Foreign Ministry", "the South Korean Foreign Ministry", "Ministry of Foreign Affairs of China". */
function composedInstitution(
  tokens: Token[],
  i: number,
  first: { entry: PhraseEntry; end: number },
): Unit | undefined {
  const { entry, end } = first;
  if ((entry.type === 'country' && tokens[end - 1]!.possessive) || entry.type === 'demonym') {
    const body = GAZETTEER_PHRASES.longestAt(tokens, end);
    if (body?.entry.type === 'body')
      return {
        type: 'institution',
        from: i,
        to: body.end,
        country: entry.country,
        body: body.entry.body,
      };
  }
  if (entry.type === 'body' && lower(tokens, end) === 'of') {
    const owner = GAZETTEER_PHRASES.longestAt(tokens, end + 1);
    if (owner?.entry.type === 'country')
      return {
        type: 'institution',
        from: i,
        to: owner.end,
        country: owner.entry.country,
        body: entry.body,
      };
  }
  return undefined;
}

/** Extends a news agency over the words that describe it ("IRNA news agency"). */
function channelEnd(tokens: Token[], end: number): number {
  let j = end;
  while (['news', 'agency', 'broadcaster'].includes(lower(tokens, j))) j++;
  return j;
}

function nameRunEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && !tokens[j - 1]!.possessive) {
    const t = tokens[j]!;
    if (isNameWord(t)) j++;
    else if (NAME_PARTICLES.has(t.text) && tokens[j + 1] && isNameWord(tokens[j + 1]!)) j += 2;
    else break;
  }
  return j;
}

/** Reads a sentence's tokens into units, left to right, longest match first. */
export function toUnits(tokens: Token[], known: KnownEntityIndex): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = phraseAt(tokens, i, known);
    const unit: Unit = (phrase &&
      (possessedRole(tokens, i, phrase) ?? composedInstitution(tokens, i, phrase))) ??
      (phrase && {
        type: 'phrase',
        entry: phrase.entry,
        from: i,
        to:
          phrase.entry.type === 'org' && phrase.entry.channel
            ? channelEnd(tokens, phrase.end)
            : phrase.end,
      }) ??
      referenceAt(tokens, i) ??
      (isNameWord(tokens[i]!)
        ? { type: 'name', from: i, to: nameRunEnd(tokens, i) }
        : undefined) ?? {
        type: 'token',
        from: i,
        to: i + 1,
      };
    const spokesperson = spokespersonOf(tokens, units, unit);
    if (spokesperson) units.pop();
    const read = spokesperson ?? unit;
    units.push(read);
    i = read.to;
  }
  return units;
}

/**
 * "the Russian Foreign Ministry spokeswoman" (no name after it): the last spokesperson of that
 * country, as a reference, else the body itself. "an Israeli government spokesperson",
 * "Pakistan's Foreign Office spokesperson": the body itself speaks.
 */
function spokespersonOf(tokens: Token[], units: Unit[], unit: Unit): Unit | undefined {
  const previous = units[units.length - 1];
  const article = previous?.type === 'token' ? lower(tokens, previous.from) : '';
  const next = tokens[unit.to + 1];
  if (!SPOKES_WORD.test(lower(tokens, unit.to)) || (next && isNameWord(next))) return undefined;
  const body = bodyOf(tokens, unit);
  if (article === 'a' || article === 'an')
    return unit.type === 'institution' || unit.type === 'phrase'
      ? { ...unit, from: previous!.from, to: unit.to + 1 }
      : undefined;
  if (article !== 'the') return body && { ...unit, to: unit.to + 1 };
  const country =
    unit.type === 'institution'
      ? unit.country
      : unit.type === 'phrase' && 'country' in unit.entry
        ? unit.entry.country
        : undefined;
  if (country === undefined) return undefined;
  return {
    type: 'reference',
    from: previous!.from,
    to: unit.to + 1,
    resolve: (c) => c.roleHolder(/spokes/i, country) ?? body?.(c),
  };
}

/** How a named body ("Pakistan's Foreign Office", "the Kremlin") resolves, for its unnamed spokesperson. */
function bodyOf(tokens: Token[], unit: Unit): ((c: ArticleContext) => Resolved) | undefined {
  const surface = tokens
    .slice(unit.from, unit.to)
    .map((t) => t.text)
    .join(' ');
  if (unit.type === 'institution')
    return (c) => c.institution(bodySpec(unit.country, unit.body), surface);
  if (unit.type === 'phrase' && unit.entry.type === 'org') {
    const { spec } = unit.entry;
    return (c) => c.institution(spec, surface);
  }
  return undefined;
}
