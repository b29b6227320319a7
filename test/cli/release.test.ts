import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Release } from '../../src/schemas/release';
import { cleanEnv } from '../helpers/build-survey';
import { listCffErrors } from '../helpers/cff';
import { repoRoot } from '../helpers/paths';

// `npm run release` on a copy of the repository: a clone of the committed HEAD, sharing node_modules.
let clone: string;
let work: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8' }).trim();
const read = (...parts: string[]) => readFileSync(join(clone, ...parts), 'utf8');
const release = (...args: string[]) =>
	new Promise<{ code: number; output: string }>((resolve) => {
		execFile(
			'npm',
			['run', '--silent', 'release', '--', ...args],
			{
				cwd: clone,
				env: cleanEnv({ ATLAS_CACHE_DIR: join(work, 'cache'), ATLAS_OUT_DIR: join(clone, 'dist') }),
				maxBuffer: 64 * 1024 * 1024,
			},
			(error, stdout, stderr) =>
				resolve({
					code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
					output: `${stdout}${stderr}`,
				}),
		);
	});

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'atlas-release-'));
	clone = join(work, 'repo');
	execFileSync('git', ['clone', '--quiet', repoRoot, clone]);
	symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
	// .gitignore's "node_modules/" matches folders only; the link must not count as an uncommitted change.
	writeFileSync(join(clone, '.git', 'info', 'exclude'), 'node_modules\n');
	git('config', 'user.email', 'release-test@example.org');
	git('config', 'user.name', 'Release Test');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run release on a copy of the repository', () => {
	test('refuses a malformed version and an uncommitted tree before changing anything', async () => {
		const bad = await release('two');
		expect(bad.code).toBe(1);
		expect(bad.output).toContain('"two" is not a version such as 0.2.0. (release-usage)');
		writeFileSync(join(clone, 'stray.txt'), 'x');
		const dirty = await release('0.2.0');
		expect(dirty.output).toContain('(release-dirty)');
		rmSync(join(clone, 'stray.txt'));
		expect(git('status', '--porcelain')).toBe('');
	});

	test(
		'0.2.0: versions, snapshot, CHANGELOG section, a valid CFF and a tag',
		{ timeout: 600_000 },
		async () => {
			const result = await release('0.2.0', '--date', '2026-12-01');
			expect(result.code, result.output).toBe(0);
			const dir = join(clone, 'releases', '0.2.0');
			for (const file of ['papers.json', 'papers.bib', 'papers.csl.json', 'action-atlas.pdf', 'release.json'])
				expect(existsSync(join(dir, file)), file).toBe(true);
			expect(readFileSync(join(dir, 'action-atlas.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
			const papers = JSON.parse(read('releases', '0.2.0', 'papers.json')) as unknown[];
			const manifest = JSON.parse(read('releases', '0.2.0', 'release.json')) as Release;
			expect(manifest).toMatchObject({ version: '0.2.0', date: '2026-12-01', tag: 'v0.2.0' });
			expect(manifest.counts.papers).toBe(papers.length);
			// The first release: every paper is new.
			expect(manifest.changes.added).toHaveLength(papers.length);

			expect((JSON.parse(read('package.json')) as { version: string }).version).toBe('0.2.0');
			expect((parse(read('survey.yaml')) as { version: string }).version).toBe('0.2.0');
			const cff = read('CITATION.cff');
			expect(listCffErrors(cff)).toEqual([]);
			expect(parse(cff)).toMatchObject({ version: '0.2.0', 'date-released': '2026-12-01' });
			expect((JSON.parse(read('.zenodo.json')) as { version: string }).version).toBe('0.2.0');

			const changelog = read('CHANGELOG.md');
			expect(changelog).toContain('## Unreleased\n\n## 0.2.0 (2026-12-01)\n\n### The survey\n');
			expect(changelog).toContain(`- Added (${papers.length}): `);
			// The notes that were unreleased now belong to 0.2.0.
			expect(changelog.indexOf('## 0.2.0')).toBeLessThan(changelog.indexOf('### Added'));

			expect(git('tag', '--points-at', 'HEAD')).toBe('v0.2.0');
			expect(git('status', '--porcelain')).toBe('');
			expect(git('log', '-1', '--format=%s')).toBe('Release 0.2.0');
		},
	);

	test(
		'0.3.0 lists what was added, re-tagged and corrected since 0.2.0, and 0.2.0 stays downloadable',
		{ timeout: 600_000 },
		async () => {
			writeFileSync(
				join(clone, 'content', 'papers', 'release-test-paper.mdx'),
				[
					'---',
					'title: "A Paper Added Between Two Releases"',
					'authors: [Test Author]',
					'date: 2026-11-30',
					'summary: A paper added between two releases.',
					'taxonomy:',
					'  domain: [llm-agents]',
					'  contribution: [method]',
					// The survey requires a reason for every term (survey.yaml: notes.require_reasons).
					'reasons:',
					'  domain: { llm-agents: "An agent that acts through tools." }',
					'  contribution: { method: "Proposes a method." }',
					'added: 2026-12-02',
					'---',
					'',
					'## TL;DR',
					'',
					'Added after 0.2.0.',
					'',
				].join('\n'),
			);
			const hamster = join(clone, 'content', 'papers', 'hamster.mdx');
			writeFileSync(
				hamster,
				readFileSync(hamster, 'utf8')
					.replace('contribution: [model, method]', 'contribution: [model, method, dataset]')
					.replace(
						/^(\s+)method: "Training the planner/m,
						'$1dataset: "Releases its data."\n$1method: "Training the planner',
					),
			);
			const codeact = join(clone, 'content', 'papers', 'codeact.mdx');
			writeFileSync(
				codeact,
				readFileSync(codeact, 'utf8').replace(/^summary: CodeAct replaces/m, 'summary: CodeAct swaps'),
			);
			git('add', '-A');
			git('commit', '--quiet', '-m', 'Add a paper, re-tag HAMSTER, correct CodeAct');

			expect((await release('0.2.0')).output).toContain('(release-tag)');
			expect((await release('0.1.9')).output).toContain('(release-version)');

			const result = await release('0.3.0', '--date', '2026-12-08');
			expect(result.code, result.output).toBe(0);
			const manifest = JSON.parse(read('releases', '0.3.0', 'release.json')) as Release;
			expect(manifest.changes).toEqual({
				added: [{ slug: 'release-test-paper', name: 'A Paper Added Between Two Releases' }],
				retagged: [{ slug: 'hamster', name: 'HAMSTER' }],
				corrected: [{ slug: 'codeact', name: 'CodeAct' }],
				removed: [],
			});
			const changelog = read('CHANGELOG.md');
			expect(changelog).toContain(
				'- Added (1): A Paper Added Between Two Releases (`release-test-paper`).\n- Re-tagged (1): HAMSTER (`hamster`).\n- Corrected (1): CodeAct (`codeact`).',
			);
			expect(changelog.indexOf('## 0.3.0 (2026-12-08)')).toBeLessThan(
				changelog.indexOf('## 0.2.0 (2026-12-01)'),
			);

			const site = join(clone, 'dist');
			expect(
				readFileSync(join(site, 'releases', '0.2.0', 'action-atlas.pdf'))
					.subarray(0, 5)
					.toString(),
			).toBe('%PDF-');
			expect(existsSync(join(site, 'releases', '0.3.0', 'papers.bib'))).toBe(true);
			const releasesPage = readFileSync(join(site, 'releases', 'index.html'), 'utf8');
			expect(releasesPage).toContain('Version 0.3.0');
			expect(releasesPage).toContain('href="/releases/0.2.0/action-atlas.pdf"');
			expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('version = {0.3.0}');
			expect(git('tag', '--list')).toBe('v0.2.0\nv0.3.0');
		},
	);
});
