import { execFileSync } from 'node:child_process';
import { basename, relative } from 'node:path';
import { parse } from 'yaml';
import { getPaperName } from '../lib/papers/paper-name.ts';
import { splitFrontmatter } from './read-source.ts';

/** A paper note as two releases are compared: its short name, frontmatter data and body. */
export interface NoteSnapshot {
	name: string;
	data: Record<string, unknown>;
	body: string;
}

const git = (cwd: string, args: readonly string[]) =>
	execFileSync('git', [...args], {
		cwd,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'pipe'],
	});

/** Whether a git ref (e.g. a release tag) exists in the repository that holds `cwd`. */
export function hasGitRef(cwd: string, ref: string): boolean {
	try {
		git(cwd, ['rev-parse', '--quiet', '--verify', `${ref}^{commit}`]);
		return true;
	} catch {
		return false;
	}
}

/** Parses a note's text into the snapshot a release diff compares; undefined when it has no readable frontmatter. */
export function snapshotNote(text: string): NoteSnapshot | undefined {
	const parts = splitFrontmatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
	if (!parts) return undefined;
	try {
		const data = (parse(parts.yaml) ?? {}) as Record<string, unknown>;
		const title = typeof data.title === 'string' ? data.title : '';
		const name = typeof data.name === 'string' ? data.name : undefined;
		return { name: getPaperName({ title, ...(name && { name }) }), data, body: parts.body };
	} catch {
		return undefined;
	}
}

/** The paper notes as they were at a git ref, by slug, read with `git show`; the working tree is not touched. */
export function readNotesAtRef(papersDir: string, ref: string): Map<string, NoteSnapshot> {
	const top = git(papersDir, ['rev-parse', '--show-toplevel']).trim();
	const prefix = relative(top, papersDir).split('\\').join('/');
	const files = git(top, ['ls-tree', '--name-only', ref, `${prefix}/`])
		.split('\n')
		.filter((file) => file.endsWith('.mdx'));
	const notes = new Map<string, NoteSnapshot>();
	for (const file of files) {
		const note = snapshotNote(git(top, ['show', `${ref}:${file}`]));
		if (note) notes.set(basename(file, '.mdx'), note);
	}
	return notes;
}

/** Files with uncommitted changes in the repository holding `cwd`, as `git status` names them. */
export function listUncommitted(cwd: string): string[] {
	return git(cwd, ['status', '--porcelain'])
		.split('\n')
		.filter(Boolean)
		.map((line) => line.slice(3));
}

/** Commits the given paths and tags the commit with an annotated tag. */
export function commitAndTag(cwd: string, paths: readonly string[], message: string, tag: string): void {
	git(cwd, ['add', '--', ...paths]);
	git(cwd, ['commit', '--quiet', '-m', message]);
	git(cwd, ['tag', '-a', tag, '-m', message]);
}
