import { rmSync } from 'node:fs';

/** Builds the tiny survey once; build and browser tests both read it. Removes this run's output afterwards. */
export default async function setup(): Promise<() => void> {
	// Test workers start after this and inherit the variable, so they all use this run's output folder.
	process.env.ATLAS_TEST_RUN = `run-${process.pid}`;
	const { fixture, outputRoot } = await import('./paths');
	const { buildSurvey } = await import('./build-survey');
	const result = await buildSurvey(fixture('tiny-survey'), 'tiny-survey');
	if (result.code !== 0) throw new Error(`The tiny survey did not build:\n${result.stdout}\n${result.stderr}`);
	return () => rmSync(outputRoot, { recursive: true, force: true });
}
