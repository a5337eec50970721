import { KnownEntityIndex, type KnownEntity } from './entities/known-entities';
import { extractArticle, type ArticleInput, type Extraction } from './extract-article';

/** Extraction of a text against the given known entities, for tests. */
export function extract(
  text: string,
  options: Partial<ArticleInput> = {},
  known: KnownEntity[] = [],
): Extraction {
  return extractArticle({ text, ...options }, new KnownEntityIndex(known));
}

/** The name of a party of the extracted bundle. */
export function nameOf(extraction: Extraction, id: string): string {
  const party = [...extraction.bundle.actors, ...extraction.bundle.institutions].find(
    (p) => p.id === id,
  );
  return party?.name ?? id;
}

/** Statements as "Speaker: text", the way a reader checks them. */
export function said(extraction: Extraction): string[] {
  return extraction.bundle.statements.map(
    (s) => `${s.speakers.map((id) => nameOf(extraction, id)).join(' | ')}: ${s.text}`,
  );
}

export const ZAKHAROVA: KnownEntity = {
  id: 'actor:maria-zakharova',
  kind: 'actor',
  name: 'Maria Zakharova',
  aliases: [],
  role: 'Russian Foreign Ministry spokesperson',
};
