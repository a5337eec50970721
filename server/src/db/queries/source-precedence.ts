/**
 * Whether an ingest of `$source` may overwrite what `node` holds: what a person made (curated,
 * reviewed) wins over what was extracted, and among a person's the later wins; a correction
 * made through the API (`correctedAt`) wins over every ingest.
 */
export const sourceWins = (node: string) =>
  `(${node}.correctedAt IS NULL AND (${node}.source IS NULL OR $source <> 'extracted' OR ${node}.source = 'extracted'))`;
