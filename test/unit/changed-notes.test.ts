import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listChangedNotes, listNoteFiles } from '../../src/survey/changed-notes';
import { fixture } from '../helpers/paths';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
	// The identity and signing settings are the test's own, whatever the machine's git configuration says.
	return execFileSync(
		'git',
		['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
		{ cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
	);
}

/** A new git repository holding a committed copy of the tiny survey at `surveyPath` inside it, tagged `base`. */
function surveyRepository(surveyPath = '.'): { repo: string; root: string } {
	const repo = mkdtempSync(join(tmpdir(), 'atlas-changed-notes-'));
	made.push(repo);
	const root = join(repo, surveyPath);
	mkdirSync(root, { recursive: true });
	cpSync(fixture('tiny-survey'), root, { recursive: true });
	git(repo, 'init', '-q');
	git(repo, 'add', '-A');
	git(repo, 'commit', '-q', '-m', 'Survey');
	git(repo, 'tag', 'base');
	return { repo, root };
}

describe('listChangedNotes', () => {
	test('lists only the one note changed since the ref', () => {
		const { root } = surveyRepository();
		appendFileSync(join(root, 'content/papers/beta-learner.mdx'), '\nSee https://example.org/new.\n');
		expect(listChangedNotes(root, 'base')).toEqual({ files: ['content/papers/beta-learner.mdx'] });
		expect(listChangedNotes(root, 'HEAD')).toEqual({ files: ['content/papers/beta-learner.mdx'] });
	});

	test('combines committed, staged and untracked notes and leaves out deleted notes and other files', () => {
		const { repo, root } = surveyRepository();
		appendFileSync(join(root, 'content/papers/alpha-planner.mdx'), '\nMore.\n');
		git(repo, 'commit', '-q', '-am', 'Alpha');
		appendFileSync(join(root, 'content/chapters/overview.mdx'), '\nMore.\n');
		git(repo, 'add', 'content/chapters/overview.mdx');
		writeFileSync(join(root, 'content/papers/épsilon-new.mdx'), '---\ntitle: New\n---\n');
		git(repo, 'rm', '-q', 'content/papers/delta-renamed.mdx');
		git(repo, 'mv', 'content/papers/gamma-hybrid.mdx', 'content/papers/gamma-moved.mdx');
		appendFileSync(join(root, 'taxonomy/method.yaml'), '\n');
		writeFileSync(join(root, 'content/papers/notes.txt'), 'not a note');
		expect(listChangedNotes(root, 'base')).toEqual({
			files: [
				'content/chapters/overview.mdx',
				'content/papers/alpha-planner.mdx',
				'content/papers/gamma-moved.mdx',
				'content/papers/épsilon-new.mdx',
			],
		});
	});

	test('works for a survey in a sub-folder of its repository, ignoring changes outside it', () => {
		const { repo, root } = surveyRepository('surveys/tiny');
		writeFileSync(join(repo, 'README.md'), 'changed');
		mkdirSync(join(repo, 'content/papers'), { recursive: true });
		writeFileSync(join(repo, 'content/papers/outside.mdx'), '---\n---\n');
		appendFileSync(join(root, 'content/papers/alpha-planner.mdx'), '\nMore.\n');
		git(repo, 'commit', '-q', '-am', 'Alpha');
		expect(listChangedNotes(root, 'base')).toEqual({ files: ['content/papers/alpha-planner.mdx'] });
	});

	test('a ref git does not know gives the bad-git-ref message', () => {
		const { root } = surveyRepository();
		const listed = listChangedNotes(root, 'no-such-branch');
		expect(listed).toEqual({ problem: expect.objectContaining({ rule: 'bad-git-ref', severity: 'error' }) });
		if (!('problem' in listed)) throw new Error('expected a problem');
		expect(listed.problem.message).toBe(
			'The git ref "no-such-branch" given to --since cannot be compared with HEAD: git knows no branch, tag or commit by that name. Without it, the notes changed since it cannot be listed.',
		);
		expect(listed.problem.hint).toContain('--since origin/main');
		expect(listChangedNotes(root, '--output=/tmp/x')).toEqual({
			problem: expect.objectContaining({ rule: 'bad-git-ref' }),
		});
	});

	test('a folder outside any git repository gives a bad-git-ref message saying so', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-no-git-'));
		made.push(dir);
		const listed = listChangedNotes(dir, 'main');
		expect(listed).toEqual({ problem: expect.objectContaining({ rule: 'bad-git-ref' }) });
		if (!('problem' in listed)) throw new Error('expected a problem');
		expect(listed.problem.message).toContain('not in a git repository');
	});
});

describe('listNoteFiles', () => {
	test('lists every chapter and paper note of a survey', () => {
		expect(listNoteFiles(fixture('tiny-survey'))).toEqual([
			'content/chapters/overview.mdx',
			'content/papers/alpha-planner.mdx',
			'content/papers/beta-learner.mdx',
			'content/papers/delta-renamed.mdx',
			'content/papers/gamma-hybrid.mdx',
		]);
	});
});
