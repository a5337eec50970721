import { createRequire } from 'node:module';
import type { Country as WorldCountry } from 'world-countries';

export type { WorldCountry };

/**
 * The maintained `world-countries` data, loaded through the package's CommonJS entry: its ES entry
 * imports the JSON without an import attribute, which Node's own loader refuses (vitest's global
 * setups and plain `node` load modules that way).
 */
export const WORLD_COUNTRIES: readonly WorldCountry[] = createRequire(import.meta.url)(
  'world-countries',
) as WorldCountry[];
