import { readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { BUILD_NODE, REPO_ROOT } from './bench-paths';
import type { BuildCommand, BuildPhase } from './profile-build';

/**
 * Our build's phases in the order their first marker line appears: `npm run build` is `astro build`, then the
 * search index in its own process (src/cli/write-search-index.ts) from Astro's "[build] Complete!" to its
 * "Search index written for N pages".
 */
const ATLAS_PHASES: readonly BuildPhase[] = [
	{ id: 'startup', label: 'Startup, config and validation (astro:config:setup)' },
	{ id: 'content', label: 'Content sync, types, build info', starts: /\[content\] Syncing content/ },
	{ id: 'bundle', label: 'Vite bundle', starts: /\[build\] Building static entrypoints/ },
	{ id: 'render', label: 'Render pages', starts: /generating static routes/ },
	{ id: 'finish', label: 'Sitemap and finish', starts: /\[build\] ✓ Completed in/ },
	{
		id: 'pagefind',
		label: 'Pagefind index (after Astro exits)',
		starts: /\[build\] Complete!/,
		search: true,
	},
];

/** The commands that build the survey in `surveyDir` with this repository's Astro: `npm run build`'s script, verbatim. */
export function atlasBuildCommand(
	surveyDir: string,
	outDir: string,
	cacheDir: string,
	logFile: string,
): BuildCommand {
	const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	};
	return {
		// One shell, so that the two steps are one process tree whose peak memory is one figure. As under npm,
		// node_modules/.bin comes first on PATH: its `node` is the one the project installs.
		argv: ['sh', '-c', scripts['build']!],
		cwd: REPO_ROOT,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			ATLAS_SURVEY: surveyDir,
			ATLAS_OUT_DIR: outDir,
			ATLAS_CACHE_DIR: cacheDir,
			// The minimal site prints no PDF, so the build's PDF step is left out of the comparison.
			ATLAS_PDF: 'off',
			PATH: [join(REPO_ROOT, 'node_modules', '.bin'), dirname(BUILD_NODE), process.env['PATH'] ?? ''].join(
				delimiter,
			),
		},
		logFile,
		phases: ATLAS_PHASES,
	};
}
