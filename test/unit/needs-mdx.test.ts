import { describe, expect, test } from 'vitest';
import { needsMdx } from '../../src/lib/notes/needs-mdx';

describe('which notes need the MDX compiler', () => {
	test('plain prose, lists, citations, links and code spans render as Markdown', () => {
		const body = [
			'## TL;DR',
			'',
			'A policy [@alpha-planner] with *emphasis*, `code` and [a link](https://example.org).',
			'',
			'- a list item',
			'  continued on a second line',
			'',
			'```python',
			'print("fenced code is the same in both")',
			'```',
		].join('\n');
		expect(needsMdx(body)).toBe(false);
	});

	test.each([
		['a component', 'Intro.\n\n<PaperTable facet="domain" term="robotics" />\n'],
		['an HTML element', 'Some <abbr title="x">HTML</abbr> inline.'],
		['an expression', 'Two plus two is {2 + 2}.'],
		['an import', "import Chart from '../chart.astro';\n\nText."],
		['an export', 'export const answer = 42;\n\nText.'],
		['an indented block, code in Markdown but a paragraph in MDX', 'Text.\n\n    indented line\n'],
		['a tab-indented block', 'Text.\n\n\tindented line\n'],
	])('%s goes through MDX', (_label, body) => {
		expect(needsMdx(body)).toBe(true);
	});
});
