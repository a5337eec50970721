/** Characters with a meaning in Lucene's query syntax; user text must never be read as syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const LUCENE_OPERATORS = new Set(['and', 'or', 'not', 'to']);

function escapeTerm(term: string): string {
  return term.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}

/**
 * Turns what a person typed into a full-text query: every word must match, the last one as a
 * prefix so results come while typing. Works the same in any script.
 */
export function buildFulltextQuery(input: string): string {
  const terms = input
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((t) => t.length > 0 && !LUCENE_OPERATORS.has(t));
  return terms
    .map((term, i) => {
      const escaped = escapeTerm(term);
      return i === terms.length - 1 ? `(${escaped} OR ${escaped}*)` : escaped;
    })
    .join(' AND ');
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
