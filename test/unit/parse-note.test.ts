import { describe, expect, test } from 'vitest';
import { parseNote, type ParsedNote } from '../../src/lib/notes/parse-note';

function parsed(body: string, bodyLine = 1): ParsedNote {
	const parse = parseNote(body, bodyLine);
	if (!parse.ok) throw new Error(parse.error.reason);
	return parse.note;
}

describe('parseNote', () => {
	test('finds citations with the place of each key in the file', () => {
		const note = parsed('Intro.\n\nAs in [@alpha] and [@beta; @gamma-2].\n', 10);
		expect(note.citations).toEqual([
			{ key: 'alpha', line: 12, column: 8 },
			{ key: 'beta', line: 12, column: 21 },
			{ key: 'gamma-2', line: 12, column: 28 },
		]);
	});

	test('code is never a citation or a link: fences and double-backtick spans', () => {
		const body = [
			'```',
			'[@fenced] https://example.org/fenced',
			'```',
			'',
			'Inline ``a `[@double]` span https://example.org/span`` ends here.',
			'',
		].join('\n');
		const note = parsed(body);
		expect(note.citations).toEqual([]);
		expect(note.links).toEqual([]);
	});

	test('an indented line is prose in MDX (no indented code), so it is read as the page shows it', () => {
		const note = parsed('Text.\n\n    As in [@indented], see https://example.org/indented.\n');
		expect(note.citations.map((citation) => citation.key)).toEqual(['indented']);
		expect(note.links.map((link) => link.url)).toEqual(['https://example.org/indented']);
	});

	test('lists links, images, definitions, bare addresses and JSX addresses at their nodes', () => {
		const body = [
			'See [text](https://example.org/a) and https://example.org/bare.',
			'',
			'![figure](https://example.org/b.png)',
			'',
			'<img src="https://example.org/c.png" alt="" />',
			'',
			'[ref]: https://example.org/d',
		].join('\n');
		expect(parsed(body).links).toEqual([
			{ url: 'https://example.org/a', line: 1, column: 5 },
			{ url: 'https://example.org/bare', line: 1, column: 39 },
			{ url: 'https://example.org/b.png', line: 3, column: 1 },
			{ url: 'https://example.org/c.png', line: 5, column: 1 },
			{ url: 'https://example.org/d', line: 7, column: 1 },
		]);
	});

	test('reads components with their literal props, and names the props that are code', () => {
		const note = parsed(
			'<PaperTable facet="hierarchy" term="latent" compact />\n\n<Matrix rows={x} {...y} />\n',
			4,
		);
		expect(note.components).toEqual([
			{
				name: 'PaperTable',
				props: { facet: 'hierarchy', term: 'latent', compact: true },
				expressionProps: [],
				line: 4,
				column: 1,
			},
			{ name: 'Matrix', props: {}, expressionProps: ['rows', '{…}'], line: 6, column: 1 },
		]);
		expect(note.htmlElements).toEqual([]);
	});

	test('a body that is not MDX gives the place, the reason and the HTML tags of a plain reading', () => {
		const parse = parseNote('Fine.\n\n<style>\n.x { color: red }\n</style>\n', 20);
		expect(parse.ok).toBe(false);
		if (parse.ok) return;
		expect(parse.error.line).toBeGreaterThanOrEqual(22);
		expect(parse.error.reason).not.toMatch(/\(\d+:\d+/);
		expect(parse.error.htmlTags).toEqual([{ name: 'style', line: 22, column: 1 }]);
	});
});
