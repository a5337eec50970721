const ENGLISH_PLURALS = new Intl.PluralRules('en');

/**
 * A count with its noun, agreeing: "1 meeting", "2 meetings", "1,024 nodes". `many` is for
 * nouns that do not just take an s, or for a phrase whose verb agrees ("statement stays").
 */
export function pluralise(count: number, one: string, many = `${one}s`): string {
  const word = ENGLISH_PLURALS.select(count) === 'one' ? one : many;
  return `${count.toLocaleString('en')} ${word}`;
}
