import { resolve } from 'node:path';

/**
 * The folder of the survey to build: `ATLAS_SURVEY` when set (relative to the working directory), else the
 * working directory. This is how a second survey builds from the same code.
 */
export function resolveSurveyRoot(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.ATLAS_SURVEY ?? '.');
}
