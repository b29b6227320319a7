import { isAbsolute, join, relative } from 'node:path';
import { resolveSurveyRoot } from '../survey/survey-root.ts';

/** Which survey a command serves, and how to name its files and repeat commands for it where the user typed them. */
export interface SurveyContext {
	/** The survey folder, absolute. */
	root: string;
	/** `ATLAS_SURVEY` as the user set it; undefined for the survey in the working directory. */
	named: string | undefined;
	/** A file of the survey (relative to its folder) as a path from where the command was typed. */
	path: (file: string) => string;
	/** A command as the user types it again for this survey, e.g. `ATLAS_SURVEY=../other npm run check`. */
	command: (text: string) => string;
	/** A line saying which survey this is, for another survey than the working directory's; '' for it. */
	banner: string;
}

/**
 * Resolves the survey a command serves from `ATLAS_SURVEY`, with paths shown from `cwd`: where the command was typed
 * (`INIT_CWD`, which npm sets before it moves to the package folder).
 */
export function resolveSurveyContext(
	env: NodeJS.ProcessEnv = process.env,
	cwd = env.INIT_CWD ?? process.cwd(),
): SurveyContext {
	return describeSurvey(resolveSurveyRoot(env), env.ATLAS_SURVEY, cwd);
}

/** The context of the survey in `root`, named `named` by ATLAS_SURVEY (or not named), seen from `cwd`. */
export function describeSurvey(root: string, named: string | undefined, cwd: string): SurveyContext {
	const path = (file: string) => {
		const absolute = isAbsolute(file) ? file : join(root, file);
		const shown = relative(cwd, absolute).split('\\').join('/');
		// From elsewhere on the disk (a temporary folder) the absolute path is the clearer one.
		return shown === '' ? '.' : shown.length <= absolute.length ? shown : absolute;
	};
	const prefix = named === undefined ? '' : `ATLAS_SURVEY=${quoteForShell(named)} `;
	return {
		root,
		named,
		path,
		command: (text) => `${prefix}${text}`,
		banner: named === undefined ? '' : `Survey: ${path(root)}/ (ATLAS_SURVEY)\n`,
	};
}

// Plain paths stay as typed; anything a shell would split or expand is single-quoted.
function quoteForShell(value: string): string {
	return /^[\w./~+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
