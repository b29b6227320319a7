import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkDuplicates } from '../../src/cli/check-duplicates';
import { repoRoot } from '../helpers/paths';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// A block long enough for jscpd (50 tokens), written into two files of a scratch repository.
const block = (name: string) => `export function ${name}(values: readonly number[]): number[] {
	const kept: number[] = [];
	for (const value of values) {
		if (value > 0 && value % 2 === 0) kept.push(value * 2);
		else if (value < 0) kept.push(-value);
		else kept.push(value + 1);
	}
	return kept.sort((a, b) => a - b);
}
`;

function scratch(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'atlas-dupes-'));
	made.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('npm run dupes', () => {
	test('passes on this repository: every duplicated block in src/ is a pair allowed-duplicates.yaml names', async () => {
		const { code, output } = await checkDuplicates(repoRoot);
		expect(output).toMatch(/all named in allowed-duplicates\.yaml/);
		expect(code).toBe(0);
	});

	test('fails on a new duplicate, naming both places, until the pair is allowed with a reason', async () => {
		const files = { 'src/a.ts': block('keepA'), 'src/lib/b.ts': `// b\n${block('keepA')}` };
		const failed = await checkDuplicates(scratch(files));
		expect(failed.code).toBe(1);
		expect(failed.output).toContain(
			'src/a.ts:1:1: These 9 lines stand again at src/lib/b.ts:2-10, and allowed-duplicates.yaml does not name the pair. (duplicate-code)',
		);
		const allowed = await checkDuplicates(
			scratch({ ...files, 'allowed-duplicates.yaml': '- files: [src/lib/b.ts, src/a.ts]\n  why: A test.\n' }),
		);
		expect(allowed).toEqual({
			code: 0,
			output: 'src: 1 duplicated block in 1 pair of files, all named in allowed-duplicates.yaml.',
		});
	});

	test('fails on an entry whose files no longer share code, and on an entry without a reason', async () => {
		const stale = await checkDuplicates(
			scratch({
				'src/a.ts': block('keepA'),
				'allowed-duplicates.yaml': '- files: [src/a.ts, src/b.ts]\n  why: They used to.\n',
			}),
		);
		expect(stale.code).toBe(1);
		expect(stale.output).toContain('(duplicate-code-stale)');
		const unexplained = await checkDuplicates(
			scratch({ 'src/a.ts': '', 'allowed-duplicates.yaml': '- files: [src/a.ts, src/b.ts]\n' }),
		);
		expect(unexplained.code).toBe(1);
		expect(unexplained.output).toContain('(duplicate-code-allowlist)');
	});
});
