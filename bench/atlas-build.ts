import { join } from 'node:path';
import { cleanEnv } from '../test/helpers/build-survey';
import { BUILD_NODE, REPO_ROOT } from './bench-paths';
import type { BuildCommand, BuildPhase } from './profile-build';

/**
 * Our build's phases in the order their first marker line appears. Astro's own "[build] N page(s) built in Xs" is
 * printed after the astro:build:done hooks, so the Pagefind phase is cut by marker lines instead: from the
 * "[build] ✓ Completed" that ends page rendering to the integration's "Search index written for N pages".
 */
const ATLAS_PHASES: readonly BuildPhase[] = [
	{ id: 'startup', label: 'Startup, config and validation (astro:config:setup)' },
	{ id: 'content', label: 'Content sync, types, build info', starts: /\[content\] Syncing content/ },
	{ id: 'bundle', label: 'Vite bundle', starts: /\[build\] Building static entrypoints/ },
	{ id: 'render', label: 'Render pages', starts: /generating static routes/ },
	{ id: 'pagefind', label: 'Pagefind index', starts: /\[build\] ✓ Completed in/, search: true },
	{ id: 'finish', label: 'Sitemap and finish', starts: /Search index written for \d+ pages/ },
];

/** The command that builds the survey in `surveyDir` with this repository's Astro, as `npm run build` does. */
export function atlasBuildCommand(
	surveyDir: string,
	outDir: string,
	cacheDir: string,
	logFile: string,
): BuildCommand {
	return {
		argv: [BUILD_NODE, join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
		cwd: REPO_ROOT,
		env: cleanEnv({ ATLAS_SURVEY: surveyDir, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: cacheDir }),
		logFile,
		phases: ATLAS_PHASES,
	};
}
