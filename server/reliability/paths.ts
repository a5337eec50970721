import path from 'node:path';
import { REPO_ROOT } from '../src/config/env';

/** Inside the git-ignored .data/: the Python environment, server logs and reports of the runs. */
export const RELIABILITY_DIR = path.join(REPO_ROOT, '.data', 'reliability');
