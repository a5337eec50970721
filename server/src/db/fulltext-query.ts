/** Characters with a meaning in Lucene's query syntax; user text must never be read as syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const LUCENE_OPERATORS = new Set(['and', 'or', 'not', 'to']);

function escapeTerm(term: string): string {
  return term.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}

/** The words of a text as the full-text index splits them, lower case, operators dropped. */
export function searchWords(input: string): string[] {
  return input
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((t) => t.length > 0 && !LUCENE_OPERATORS.has(t));
}

/**
 * Turns what a person typed into a full-text query: every word must match, the last one as a
 * prefix so results come while typing. Works the same in any script.
 */
export function buildFulltextQuery(input: string): string {
  const terms = searchWords(input);
  return terms
    .map((term, i) => {
      const escaped = escapeTerm(term);
      return i === terms.length - 1 ? `(${escaped} OR ${escaped}*)` : escaped;
    })
    .join(' AND ');
}

/** Short words get no edits: one edit away from Kim is Lim, Kin, Km… */
function allowedEdits(word: string): number {
  const letters = [...word].length;
  return letters < 4 ? 0 : letters < 7 ? 1 : 2;
}

/** Lucene boosts: a word as typed outranks its prefix, which outranks a word a typo away. */
const BOOST = { exact: 4, prefix: 2, fuzzy: 1 } as const;

function forgivingWords(input: string, weight: number): string {
  const terms = searchWords(input);
  return terms
    .map((term, i) => {
      const t = escapeTerm(term);
      const edits = allowedEdits(term);
      const options = [`${t}^${BOOST.exact * weight}`];
      if (i === terms.length - 1) options.push(`${t}*^${BOOST.prefix * weight}`);
      if (edits > 0) options.push(`${t}~${edits}^${BOOST.fuzzy * weight}`);
      return `(${options.join(' OR ')})`;
    })
    .join(' AND ');
}

/** A spelling in Latin letters of a query in another script weighs half what was typed. */
const SPELLING_WEIGHT = 0.5;

/**
 * The name query: every word as typed, as a prefix (the last) or an edit or two away, or the
 * same in any of `spellings` (the query spelled in Latin letters).
 */
export function buildNameQuery(input: string, spellings: readonly string[]): string {
  return [forgivingWords(input, 1), ...spellings.map((s) => forgivingWords(s, SPELLING_WEIGHT))]
    .filter((group) => group !== '')
    .map((group) => `(${group})`)
    .join(' OR ');
}

const SNIPPET_CHARS = 80;

/** The alias or text fragment that explains why a result matched, in its own script. */
export function bestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.normalize('NFC').trim().toLowerCase();
  const firstWord = needle.split(/\s+/)[0] ?? needle;
  for (const probe of [needle, firstWord]) {
    for (const candidate of candidates) {
      const at = candidate.toLowerCase().indexOf(probe);
      if (probe !== '' && at >= 0) {
        if (candidate.length <= SNIPPET_CHARS) return candidate;
        const start = Math.max(0, at - SNIPPET_CHARS / 4);
        const slice = candidate.slice(start, start + SNIPPET_CHARS).trim();
        return `${start > 0 ? '…' : ''}${slice}${start + SNIPPET_CHARS < candidate.length ? '…' : ''}`;
      }
    }
  }
  return undefined;
}
