import anyAscii from 'any-ascii';
import { languageModules } from '../lang/registry';

/** Letters outside the Latin alphabet: a query holding none needs no other spelling. */
const NON_LATIN_LETTER = /(?![A-Za-z\u00C0-\u024F])\p{L}/u;

const letterCount = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

/**
 * Latin spellings of a name written in another script, likeliest first: through the language
 * module that reads the script (the transliterators ingest resolves names with), otherwise letter
 * by letter (Greek, Arabic, Chinese…). None for a name already in Latin letters.
 */
export function latinSpellings(text: string): string[] {
  if (!NON_LATIN_LETTER.test(text)) return [];
  const spellings = languageModules()
    .filter((module) => module.spellInLatin && letterCount(text, module.letters) > 0)
    .flatMap((module) => module.spellInLatin?.(text) ?? []);
  const found = spellings.length > 0 ? spellings : [anyAscii(text)];
  return [...new Set(found)].filter((s) => s.trim() !== '' && s !== text);
}
