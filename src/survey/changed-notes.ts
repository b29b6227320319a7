import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { linkProblems, type Problem } from '../errors/catalogue.ts';
import { resolveSurveyPaths } from './survey-paths.ts';

/** Note files relative to the survey folder, with forward slashes, or the problem that kept them from being listed. */
export type NoteList = { files: string[] } | { problem: Problem };

// Notes are the direct `.mdx` children of these folders, exactly as `loadSurvey` reads them.
const NOTE_FILE = /^content\/(?:papers|chapters)\/[^/]+\.mdx$/;

/** Lists every paper note and chapter of a survey, relative to its folder. */
export function listNoteFiles(root: string): string[] {
	const { papers, chapters } = resolveSurveyPaths(root);
	return [papers, chapters]
		.filter((dir) => existsSync(dir))
		.flatMap((dir) =>
			readdirSync(dir, { withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => toSurveyPath(root, join(dir, entry.name))),
		)
		.filter((file) => NOTE_FILE.test(file))
		.sort();
}

/**
 * Lists the survey's notes changed since `ref`: those a commit since the ref and HEAD's common ancestor touched
 * (`git diff ref...HEAD`, the changes of a pull request) and those with uncommitted or untracked changes. Deleted
 * notes are left out, since there is nothing left to check.
 */
export function listChangedNotes(root: string, ref: string): NoteList {
	// A ref starting with "-" would be read by git as an option.
	if (ref.trim() === '' || ref.startsWith('-'))
		return { problem: linkProblems.badGitRef(ref, 'it is not a ref name') };
	let top: string;
	try {
		top = git(root, ['rev-parse', '--show-toplevel']).trim();
	} catch (error) {
		return { problem: linkProblems.noGitRepository(reasonOf(error)) };
	}
	try {
		git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	} catch {
		return { problem: linkProblems.badGitRef(ref, 'git knows no branch, tag or commit by that name') };
	}
	let committed: string;
	let uncommitted: string;
	try {
		// -z keeps non-ASCII file names unquoted; both commands print paths relative to the repository's top.
		committed = git(root, ['diff', '--name-only', '-z', `${ref}...HEAD`, '--']);
		uncommitted = git(root, ['status', '--porcelain', '-z', '--untracked-files=all']);
	} catch (error) {
		return { problem: linkProblems.badGitRef(ref, reasonOf(error)) };
	}
	const paths = [...splitNul(committed), ...parseStatus(uncommitted)];
	const realRoot = realpathSync(root);
	const files = new Set(
		paths
			.map((path) => toSurveyPath(realRoot, join(top, path)))
			.filter((file) => NOTE_FILE.test(file) && existsSync(join(realRoot, file))),
	);
	return { files: [...files].sort() };
}

function git(cwd: string, args: readonly string[]): string {
	return execFileSync('git', args, {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	});
}

function splitNul(output: string): string[] {
	return output.split('\0').filter((path) => path.length > 0);
}

// `git status --porcelain -z` prints "XY path", and for a rename or copy the old path as the next field.
function parseStatus(output: string): string[] {
	const fields = splitNul(output);
	const paths: string[] = [];
	for (let index = 0; index < fields.length; index++) {
		const field = fields[index]!;
		paths.push(field.slice(3));
		if (/[RC]/.test(field.slice(0, 2))) index++;
	}
	return paths;
}

function toSurveyPath(root: string, file: string): string {
	const path = relative(root, file);
	// Outside the survey folder (e.g. the generator's own code when the survey is a sub-folder): never a note.
	if (path.startsWith('..') || isAbsolute(path)) return '';
	return path.split('\\').join('/');
}

function reasonOf(error: unknown): string {
	if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'git is not installed';
	const stderr = ((error as { stderr?: string | Buffer }).stderr ?? '').toString().trim();
	const line = stderr.split('\n').find((text) => text.trim().length > 0);
	return line ? line.replace(/^(?:fatal|error): /, '').trim() : String((error as Error).message ?? error);
}
