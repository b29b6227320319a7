import { rmSync } from 'node:fs';

/** Builds the tiny survey and the real one once; build and browser tests read them. Removes this run's output afterwards. */
export default async function setup(): Promise<() => void> {
	// Test workers start after this and inherit the variable, so they all use this run's output folder.
	process.env.ATLAS_TEST_RUN = `run-${process.pid}`;
	const { fixture, outputRoot, repoRoot } = await import('./paths');
	const { buildSurvey } = await import('./build-survey');
	const result = await buildSurvey(fixture('tiny-survey'), 'tiny-survey');
	if (result.code !== 0)
		throw new Error(`The tiny survey did not build:\n${result.stdout}\n${result.stderr}`);
	const real = await buildSurvey(repoRoot, 'real-survey');
	if (real.code !== 0) throw new Error(`The real survey did not build:\n${real.stdout}\n${real.stderr}`);
	// Sites link to their PDF, as deployed sites do once `npm run pdf` has run; print it so links and the PDF test see it.
	// Without Chromium the browser tests fail on their own, with the install hint; the PDF is then simply missing.
	const { printPdf } = await import('../../src/cli/print-pdf');
	const { getPdfFileName } = await import('../../src/lib/survey-edition');
	const { readSurveyConfig } = await import('../../src/survey/read-survey-config');
	for (const [survey, siteDir] of [
		[fixture('tiny-survey'), result.outDir],
		[repoRoot, real.outDir],
	] as const) {
		const config = readSurveyConfig(survey)!;
		await printPdf({ siteDir, base: config.base, fileName: getPdfFileName(config.title) });
	}
	return () => rmSync(outputRoot, { recursive: true, force: true });
}
