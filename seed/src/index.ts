export {
  SEED_ARTICLE_IDS,
  loadSeedBundle,
  loadSeedBundles,
  parseSeedBundle,
  type SeedBundleFile,
  type SeedDirs,
} from './load-seed';
