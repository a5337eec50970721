import type { ArticleContext } from '../../article-context';
import type { ArticleEntity, Resolved } from '../../entities/article-entities';
import type { KnownEntityIndex } from '../../entities/known-entities';
import type { Title } from '../../types';
import { HANGUL_WORD } from './hangul';
import type { Convention } from './romanize';
import { nameToLatin } from './to-latin';

const CONVENTIONS: readonly Convention[] = ['south', 'foreign', 'north', 'chinese', 'japanese'];
const AMBIGUOUS_CONFIDENCE = 0.5;

/** How a person of this state spells their name in Latin letters. */
export function conventionOf(country: string | undefined, words: string[]): Convention {
  switch (country) {
    case 'North Korea':
      return 'north';
    case 'China':
    case 'Taiwan':
      return 'chinese';
    case 'Japan':
      return 'japanese';
    case 'South Korea':
    case undefined:
      return words.length === 1 ? 'south' : 'foreign';
    default:
      return 'foreign';
  }
}

/** An alias of the article's people that this word names: the whole name, a word of it, or a family name ("조" of 조태열). */
function aliasFits(alias: string, word: string): boolean {
  if (alias === word) return true;
  if (alias.includes(' ')) return alias.split(' ').includes(word);
  return word.length === 1 && HANGUL_WORD.test(alias) && alias.length > 1 && alias.startsWith(word);
}

function inArticle(context: ArticleContext, surface: string, role?: string): ArticleEntity[] {
  const fits = context.entities
    .all()
    .filter((e) => e.kind === 'actor' && [...e.aliases].some((a) => aliasFits(a, surface)));
  if (fits.length <= 1 || !role) return fits;
  const head = role.split(' ').pop() ?? role;
  const titled = fits.filter((e) => e.role?.toLowerCase().includes(head.toLowerCase()));
  return titled.length > 0 ? titled : fits;
}

/** Per graph, the spellings of a name that the graph holds someone by; most words find no one. */
const spellingsByGraph = new WeakMap<KnownEntityIndex, Map<string, string[]>>();
const MEMO_MAX_ENTRIES = 20_000;

function graphSpellings(
  known: KnownEntityIndex,
  words: string[],
  conventions: readonly Convention[],
): string[] {
  let memo = spellingsByGraph.get(known);
  if (!memo) spellingsByGraph.set(known, (memo = new Map()));
  const key = `${conventions.join(',')}:${words.join(' ')}`;
  let found = memo.get(key);
  if (!found) {
    const spellings = [...new Set(conventions.flatMap((c) => nameToLatin(words, c)))];
    const single = words.length === 1 && !words[0]!.includes('-');
    found = spellings.filter((latin) =>
      single && !latin.includes(' ')
        ? known.actorsWithWord(latin).length > 0
        : known.actorsNamed(latin).length > 0,
    );
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(key, found);
  }
  return found;
}

export interface PersonRequest {
  title?: Title;
  /** The convention a new person's name is spelled in. */
  convention?: Convention;
  /** The title names the person's state, so the graph is searched in its convention alone. */
  stateKnown?: boolean;
  allowNew: boolean;
}

/**
 * A person named in Hangul: someone of the article first, by the same Hangul (a family name
 * alone with a title is the titled one of that family: "조 장관"), else someone of the graph by
 * the sound of one of the name's Latin spellings, else, when allowed, a new person under its
 * usual spelling.
 */
export function resolveKoreanPerson(
  context: ArticleContext,
  words: string[],
  request: PersonRequest,
): Resolved | undefined {
  const surface = words.join(' ');
  const title = request.title ? { title: request.title } : {};
  const known = inArticle(context, surface, request.title?.role);
  if (known.length === 1)
    return context.person({ surface, latin: known[0]!.name }, { ...title, graphSurnames: false });
  if (known.length > 1) return { ids: known.map((e) => e.id), confidence: AMBIGUOUS_CONFIDENCE };
  if (words.length === 1 && [...words[0]!].length === 1) return undefined;
  const conventions = request.convention && request.stateKnown ? [request.convention] : CONVENTIONS;
  for (const latin of graphSpellings(context.known, words, conventions)) {
    const found = context.person({ surface, latin }, { ...title, allowNew: false });
    if (found) return found;
  }
  if (!request.allowNew) return undefined;
  const latin = nameToLatin(words, request.convention ?? conventionOf(undefined, words))[0];
  return latin ? context.person({ surface, latin }, { ...title, allowNew: true }) : undefined;
}
