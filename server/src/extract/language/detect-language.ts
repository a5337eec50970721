/** Letters of each script Parley reads, by the language it stands for. */
const SCRIPTS = {
  te: /[\u0C00-\u0C7F]/gu,
  en: /[A-Za-z\u00C0-\u024F]/gu,
} as const;

export type DetectedLanguage = keyof typeof SCRIPTS;

/**
 * The language whose script has the most letters. Telugu news quotes Latin names ("Yonhap",
 * "UN"), so counting letters, not words, keeps such articles Telugu.
 */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  let best: DetectedLanguage | undefined;
  let bestCount = 0;
  for (const [lang, letters] of Object.entries(SCRIPTS) as [DetectedLanguage, RegExp][]) {
    const count = text.match(letters)?.length ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
