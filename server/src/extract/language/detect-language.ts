import type { ArticleLanguage } from '@parley/graph-schema';
import { languageModuleFor } from '../lang/registry';

/**
 * The language whose script has the most letters. Telugu news quotes Latin names ("Yonhap",
 * "UN"), so counting letters, not words, keeps such articles Telugu.
 */
export function detectLanguage(
  text: string,
  languages: readonly ArticleLanguage[],
): ArticleLanguage | undefined {
  let best: ArticleLanguage | undefined;
  let bestCount = 0;
  for (const lang of languages) {
    const letters = languageModuleFor(lang)?.letters;
    const count = (letters && text.match(letters)?.length) || 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
