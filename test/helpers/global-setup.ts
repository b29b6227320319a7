import { fixture } from './paths';
import { buildSurvey } from './build-survey';

/** Builds the tiny survey once; build and browser tests both read it. */
export default async function setup(): Promise<void> {
	const result = await buildSurvey(fixture('tiny-survey'), 'tiny-survey');
	if (result.code !== 0) throw new Error(`The tiny survey did not build:\n${result.stdout}\n${result.stderr}`);
}
