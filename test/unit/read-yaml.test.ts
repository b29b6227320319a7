import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { findIndentationSlip, parseYaml, splitFrontmatter } from '../../src/survey/read-source';

// parseYaml reads most text with js-yaml and falls back on the `yaml` library's full parse; the data must be the
// full parse's, whichever path ran, or the checker and the site would read a file differently.
const fullParse = (text: string): unknown =>
	parseDocument(text, { uniqueKeys: true }).toJS({ maxAliasCount: 0 });

const repoRoot = join(import.meta.dirname, '..', '..');

/** Every YAML text of a folder tree: `.yaml` files and the frontmatter of `.mdx` notes. */
function collectYaml(dir: string): { file: string; text: string }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
		if (!entry.isFile()) return [];
		const file = join(entry.parentPath, entry.name);
		if (entry.name.endsWith('.yaml')) return [{ file, text: readFileSync(file, 'utf8') }];
		if (!entry.name.endsWith('.mdx')) return [];
		const parts = splitFrontmatter(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'));
		return parts ? [{ file, text: parts.yaml }] : [];
	});
}

describe('reading YAML', () => {
	test('gives the full parse’s data for every file of the survey and the test fixtures', () => {
		const texts = [
			...collectYaml(join(repoRoot, 'content')),
			...collectYaml(join(repoRoot, 'taxonomy')),
			...collectYaml(join(repoRoot, 'test', 'fixtures')),
		];
		expect(texts.length).toBeGreaterThan(100);
		for (const { file, text } of texts) {
			const parsed = parseYaml(text);
			if (parsed.syntaxErrors.length > 0) continue;
			expect(parsed.data, file).toEqual(fullParse(text));
		}
	});

	test.each([
		'n: 017',
		'n: 0o17',
		'n: 0x1F',
		'n: 0b101',
		'n: 1_000',
		'n: .inf',
		'n: 2024-01-05',
		'n: 2024-01-05T10:00:00Z',
		'n: yes',
		'n: ~',
		'n: 12:30',
		'<<: {b: 1}',
		'n: !!str 5',
		'"1": x\n2: y',
		'',
	])('reads %j as YAML 1.2’s core schema does', (text) => {
		expect(parseYaml(text).data).toEqual(fullParse(text));
	});

	test('places a field by the full parse, also when the text took the fast path', () => {
		const parsed = parseYaml('title: A\ntaxonomy:\n  hierarchy: [flat, planner]\n', 4);
		expect(parsed.syntaxErrors).toEqual([]);
		expect(parsed.locate(['taxonomy', 'hierarchy', 1])).toEqual({ line: 7, column: 21 });
	});

	test('still refuses duplicate keys, anchors and deep nesting, with their places', () => {
		expect(parseYaml('a: 1\na: 2\n').syntaxErrors).toMatchObject([
			{ key: { name: 'a', firstLine: 1 }, line: 2, kind: 'duplicate-key' },
		]);
		expect(parseYaml('a: &x 1\nb: *x\n').syntaxErrors).toMatchObject([{ line: 1, kind: 'alias' }]);
		const deep =
			Array.from({ length: 20 }, (_, level) => `${'  '.repeat(level)}k${level}:`).join('\n') + ' 1\n';
		expect(parseYaml(deep).syntaxErrors).toMatchObject([{ kind: 'depth' }]);
	});

	test('an indentation slip is one error naming the key to move and the key to align it with', () => {
		const slipped = 'terms:\n  - id: a\n    label: A\n   description: B\n  - id: b\n';
		expect(parseYaml(slipped).syntaxErrors).toEqual([
			expect.objectContaining({
				line: 4,
				kind: 'indentation',
				slip: { key: 'description', indent: 3, sibling: { key: 'label', line: 3, indent: 4 } },
			}),
		]);
	});

	test('finds no slip in any well-indented file of the survey or the fixtures', () => {
		const texts = [...collectYaml(join(repoRoot, 'taxonomy')), ...collectYaml(join(repoRoot, 'content'))];
		for (const { file, text } of texts) expect(findIndentationSlip(text, Infinity), file).toBeUndefined();
	});
});
