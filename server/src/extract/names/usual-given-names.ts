import { languageModules } from '../lang/registry';
import { nameKey } from './phonetic-key';

let byKey: Map<string, string> | undefined;

/**
 * The usual Latin spelling of a given name that another script wrote, when a language module
 * knows the name: Telugu సెర్గీ reads "Sergi", and Russian's lexicon spells it "Sergey".
 */
export function usualGivenName(latin: string): string | undefined {
  byKey ??= new Map(
    languageModules().flatMap((module) =>
      (module.givenNamesInLatin ?? []).map((name) => [nameKey(name).joined, name] as const),
    ),
  );
  return byKey.get(nameKey(latin).joined);
}
