import type { KnownEntity } from '../extract/entities/known-entities';
import type { ArticleInput, Extraction } from '../extract/extract-article';

/** What the pool sends a worker: the known entities when they changed since its last job, and the article. */
export interface ExtractionJob {
  id: number;
  knownVersion: number;
  known?: readonly KnownEntity[];
  input: ArticleInput;
}

/** What a worker answers: the extraction, or why there is none. */
export type ExtractionAnswer =
  | { id: number; extraction: Extraction }
  | { id: number; unsupportedLanguage: string }
  | { id: number; failure: string };
