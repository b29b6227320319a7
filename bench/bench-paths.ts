import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this benchmark belongs to. */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Everything a run writes: surveys, sites, logs and results (gitignored). */
export const BENCH_DIR = join(REPO_ROOT, '.bench');
// npm scripts put node_modules/.bin first on PATH, so `npm run build` uses the Node that the project installs (Astro
// needs 22); the builds here use the same one even when this script runs under another Node.
/** The Node that runs every build. */
export const BUILD_NODE = existsSync(join(REPO_ROOT, 'node_modules', '.bin', 'node'))
	? join(REPO_ROOT, 'node_modules', '.bin', 'node')
	: process.execPath;
