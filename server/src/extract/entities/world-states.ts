import { WORLD_COUNTRIES, type WorldCountry } from './world-countries-data';
import { CURATED_COUNTRIES, type Country } from './gazetteer-data';

/** Territories the news treats as states although they are not UN members. */
const ALSO_STATES = new Set(['PS', 'TW', 'VA', 'XK']);
/** Capitals that are more often something else in English news (a first name, a word). */
const NOT_READ_AS_CAPITALS = new Set(['Victoria', 'Malé', 'Kingston']);
const LATIN_NAME = /^[\p{Script=Latin}\s.'’()-]+$/u;

/** Names of a state in Latin letters as English news may write them: no codes, no "X, Republic of". */
function latinNames(c: WorldCountry): string[] {
  return [c.name.official, ...c.altSpellings].filter(
    (n) => n.length >= 3 && !n.includes(',') && LATIN_NAME.test(n) && n !== c.name.common,
  );
}

const readableCapitals = (c: WorldCountry) =>
  (c.capital ?? []).filter((city) => !NOT_READ_AS_CAPITALS.has(city));

/** What the world data adds to any state: its other seats of government and its domain. */
function placesOf(c: WorldCountry, capital: string | undefined): Pick<Country, 'seats' | 'tld'> {
  const seats = readableCapitals(c).filter((city) => city !== capital);
  const tld = c.tld[0]?.replace(/^\./, '');
  return { ...(seats.length > 0 ? { seats } : {}), ...(tld ? { tld } : {}) };
}

function fromWorldData(c: WorldCountry): Country {
  const { m, f } = c.demonyms.eng ?? { m: c.name.common, f: c.name.common };
  const capital = readableCapitals(c)[0];
  return {
    name: c.name.common,
    adjective: m,
    demonyms: [...new Set([m, f])],
    aliases: latinNames(c),
    ...(capital ? { capital } : {}),
    ...placesOf(c, capital),
  };
}

function withWorldData(curated: Country, c: WorldCountry): Country {
  const known = new Set([curated.name, ...curated.aliases]);
  const more = [c.name.common, ...latinNames(c)].filter((n) => !known.has(n));
  return { ...curated, aliases: [...curated.aliases, ...more], ...placesOf(c, curated.capital) };
}

/**
 * Every state: the UN's members and observers from the maintained `world-countries` data (name,
 * capital, demonyms, official and alternative names), with the curated entries' canonical names,
 * body names and news spellings winning where both know a state.
 */
function allStates(): Country[] {
  const curatedByName = new Map(
    CURATED_COUNTRIES.flatMap((c) => [c.name, ...c.aliases].map((n) => [n, c] as const)),
  );
  const merged = new Map<Country, Country>();
  const states: Country[] = [];
  for (const c of WORLD_COUNTRIES) {
    if (!c.unMember && !ALSO_STATES.has(c.cca2)) continue;
    const curated = [c.name.common, c.name.official, ...c.altSpellings]
      .map((n) => curatedByName.get(n))
      .find((x) => x !== undefined);
    if (curated) merged.set(curated, withWorldData(curated, c));
    else states.push(fromWorldData(c));
  }
  return [...CURATED_COUNTRIES.map((c) => merged.get(c) ?? c), ...states];
}

export const COUNTRIES: Country[] = allStates();

const canonicalByName = new Map(
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases].map((n) => [n, c.name] as const)),
);

/** The gazetteer's name of a state of the `world-countries` data ("Türkiye" → "Turkey"), if it has one. */
export function canonicalStateName(c: WorldCountry): string | undefined {
  return [c.name.common, c.name.official, ...c.altSpellings]
    .map((n) => canonicalByName.get(n))
    .find((n) => n !== undefined);
}
