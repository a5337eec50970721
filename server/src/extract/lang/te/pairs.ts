import type { ArticleContext } from '../../article-context';
import type { Resolved } from '../../entities/article-entities';
import type { Span } from '../../types';
import { teluguToLatin } from './to-latin';
import type { TeToken } from './tokens';

/** One side of "మోదీ-పుతిన్": its offsets and who it is. */
export interface PairPart {
  span: Span;
  resolved: Resolved;
}

/**
 * "మోదీ-పుతిన్ మీటయ్యారు": two people already met in the article, joined by a hyphen. A hyphenated
 * word is one name ("సూ-సుక్") unless each half is someone the article knows.
 */
export function hyphenPair(token: TeToken, context: ArticleContext): PairPart[] | undefined {
  const parts = token.text.split('-');
  if (parts.length !== 2 || parts.some((p) => p.length < 2)) return undefined;
  const found: PairPart[] = [];
  let start = token.start;
  for (const part of parts) {
    const surface = part.replace(/[\u200C\u200D]/g, '');
    const resolved = context.person(
      { surface, latin: teluguToLatin(surface) },
      { graphSurnames: false },
    );
    if (!resolved || resolved.ids.length !== 1) return undefined;
    found.push({ span: { start, end: start + part.length }, resolved });
    start += part.length + 1;
  }
  return found;
}
