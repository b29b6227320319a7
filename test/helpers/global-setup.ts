import { rmSync } from 'node:fs';

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
	const { fixture, repoRoot } = await import('./paths');
	const { buildSurvey } = await import('./build-survey');
	const folders: Record<(typeof SITES)[number], string> = {
		'tiny-survey': fixture('tiny-survey'),
		'real-survey': repoRoot,
	};
	// Sites link to their PDF, as deployed sites do once `npm run pdf` has run; print it so links and the PDF test see
	// it. Without Chromium the browser tests fail on their own with the install hint; the PDF is then simply missing.
	const { printPdf } = await import('../../src/cli/print-pdf');
	const { getPdfFileName } = await import('../../src/lib/survey-edition');
	const { readSurveyConfig } = await import('../../src/survey/read-survey-config');
	for (const name of SITES) {
		const result = await buildSurvey(folders[name], name);
		if (result.code !== 0) throw new Error(`The ${name} did not build:\n${result.stdout}\n${result.stderr}`);
		const config = readSurveyConfig(folders[name])!;
		await printPdf({ siteDir: result.outDir, base: config.base, fileName: getPdfFileName(config.title) });
	}
}
