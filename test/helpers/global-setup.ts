import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** The sites that build and browser tests read, by output name. */
const SITES = ['tiny-survey', 'real-survey'] as const;

// Both the build and the browser project name this setup; in one run they share its builds. Global setups run in
// vitest's main process, so a promise kept on globalThis is seen by both, however the module is loaded.
const shared = globalThis as typeof globalThis & { atlasSiteBuilds?: Promise<void> };

/** Builds the tiny survey and the real one once per run. Removes this run's output afterwards. */
export default async function setup(): Promise<() => void> {
	// Test workers start after this and inherit the variable, so they all use this run's output folder.
	process.env.ATLAS_TEST_RUN ??= `run-${process.pid}`;
	const { outputRoot } = await import('./paths');
	shared.atlasSiteBuilds ??= buildSites();
	await shared.atlasSiteBuilds;
	return () => rmSync(outputRoot, { recursive: true, force: true });
}

async function buildSites(): Promise<void> {
	const { fixture, repoRoot, outputRoot } = await import('./paths');
	const { buildSurvey } = await import('./build-survey');
	// Both are built by `npm run build` itself, so the link check reads exactly what it writes: the tiny survey with
	// Chromium (the build prints its PDF, pages link it), the real one as on a machine without it (no PDF, no link).
	const builds = { 'tiny-survey': 'as-installed', 'real-survey': 'no-chromium' } as const;
	const folders: Record<(typeof SITES)[number], string> = {
		'tiny-survey': fixture('tiny-survey'),
		'real-survey': repoRoot,
	};
	for (const name of SITES) {
		const result = await buildSurvey(folders[name], name, { pdf: builds[name] });
		if (result.code !== 0) throw new Error(`The ${name} did not build:\n${result.stdout}\n${result.stderr}`);
	}
	// The PDF test reads the real survey's PDF: printed beside its site, which links none.
	const { printPdf } = await import('../../src/cli/print-pdf');
	await printPdf({
		siteDir: join(outputRoot, 'real-survey', 'dist'),
		base: '/',
		file: join(outputRoot, 'real-survey', 'action-atlas.pdf'),
	});
}
