/** Unicode blocks of the scripts Parley meets, so text gets the right `lang` when the data has none. */
const SCRIPT_LANGS: readonly (readonly [RegExp, string])[] = [
  [/[\u0C00-\u0C7F]/u, 'te'],
  [/[\u0400-\u04FF]/u, 'ru'],
  [/[\uAC00-\uD7AF\u1100-\u11FF]/u, 'ko'],
  [/[\u0900-\u097F]/u, 'hi'],
];

export function guessLang(text: string): string | undefined {
  return SCRIPT_LANGS.find(([pattern]) => pattern.test(text))?.[1];
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The English name of a language code ("ru" → "Russian"), from the browser's own data. */
export function languageName(lang: string): string {
  try {
    return LANGUAGE_NAMES.of(lang) ?? lang.toUpperCase();
  } catch {
    return lang.toUpperCase(); // not a well-formed language code
  }
}
