import { COUNTRIES, type Country } from './gazetteer';

/** Country domains sold as generic names ("news.tv", "startup.io"): they say nothing of a home. */
const VANITY_TLDS = new Set([
  'ai',
  'am',
  'cc',
  'co',
  'fm',
  'gg',
  'im',
  'io',
  'la',
  'ly',
  'me',
  'sh',
  'to',
  'tv',
  'ws',
]);

const countryByTld = new Map(
  COUNTRIES.flatMap((c) => (c.tld && !VANITY_TLDS.has(c.tld) ? [[c.tld, c] as const] : [])),
);
const countryBySeat = new Map(
  COUNTRIES.flatMap((c) =>
    [...(c.capital ? [c.capital] : []), ...(c.seats ?? [])].map(
      (city) => [city.toLowerCase(), c] as const,
    ),
  ),
);

/** "MOSCOW, Dec 5 (Reuters) -", "Cape Town –": a capital opening a paragraph, set off by a dash. */
const DATELINE =
  /^(\p{Lu}[\p{L}.' ]{1,30}?)(?:\s*,\s*[\p{L}\d. ]{1,20})?(?:\s*\([^)\n]{1,40}\))?\s*[–—-]+\s/mu;
/** A dateline stands at the head of the story, within its first paragraphs. */
const DATELINE_REACH = 600;

function countryOfUrl(url: string | undefined): Country | undefined {
  if (!url) return undefined;
  try {
    const tld = new URL(url).hostname.split('.').pop();
    return tld ? countryByTld.get(tld) : undefined;
  } catch {
    return undefined;
  }
}

function countryOfDateline(text: string): Country | undefined {
  const city = DATELINE.exec(text.slice(0, DATELINE_REACH))?.[1];
  return city ? countryBySeat.get(city.trim().toLowerCase()) : undefined;
}

/**
 * The state whose press an article is, for bodies it names without their country ("the
 * presidency said"): the country of the outlet's domain, else of the capital in its dateline.
 */
export function pressHome(text: string, url: string | undefined): string | undefined {
  return (countryOfUrl(url) ?? countryOfDateline(text))?.name;
}
