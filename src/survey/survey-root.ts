import { join, resolve } from 'node:path';

/**
 * The folder of the survey to build: `ATLAS_SURVEY` when set, else the working directory. This is how a second
 * survey builds from the same code. A relative `ATLAS_SURVEY` is read from where the command was typed (`INIT_CWD`,
 * which npm sets; npm itself runs scripts from the package folder).
 */
export function resolveSurveyRoot(env: NodeJS.ProcessEnv = process.env): string {
	return env.ATLAS_SURVEY === undefined ? resolve('.') : resolve(env.INIT_CWD ?? '.', env.ATLAS_SURVEY);
}

/**
 * The folder the built site goes to, and `npm run pdf`, `npm start` and the search index read: `ATLAS_OUT_DIR` when
 * set (relative to where the command was typed); else, for another survey (`ATLAS_SURVEY`), its own `dist/`, so that
 * it never overwrites this repository's site; else `dist/` in `here`.
 */
export function resolveSiteDir(env: NodeJS.ProcessEnv = process.env, here = process.cwd()): string {
	if (env.ATLAS_OUT_DIR !== undefined) return resolve(env.INIT_CWD ?? here, env.ATLAS_OUT_DIR);
	return env.ATLAS_SURVEY === undefined ? resolve(here, 'dist') : join(resolveSurveyRoot(env), 'dist');
}
