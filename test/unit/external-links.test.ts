import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parseNote } from '../../src/lib/notes/parse-note';
import { isExternalHref, rehypeExternalLinks } from '../../src/markdown/external-links';
import { checkNoteBody } from '../../src/survey/checks/check-note-body';

const site = 'https://atlas.example.org';
const render = (markdown: string) =>
	String(
		unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypeExternalLinks, { site })
			.use(rehypeStringify)
			.processSync(markdown),
	);

describe('external links in notes', () => {
	test('a link to another site gets rel="noopener noreferrer" and stays in the same tab', () => {
		expect(render('See [the code](https://github.com/x/y).')).toBe(
			'<p>See <a href="https://github.com/x/y" rel="noopener noreferrer">the code</a>.</p>',
		);
	});

	test('links within the site are left alone, relative or absolute', () => {
		expect(
			render('[a](/papers/x/) [b](#notes) [c](https://atlas.example.org/taxonomy/) [d](mailto:a@b.org)'),
		).not.toContain('rel=');
	});

	test('a JSX <a> in a note is refused, so that every link is Markdown and gets the rel above', () => {
		const found = checkNoteBody(parseNote('See <a href="https://arxiv.org/abs/1">the paper</a>.\n'));
		expect(found.map((entry) => [entry.problem.rule, entry.line, entry.column])).toEqual([
			['html-link', 1, 5],
		]);
		expect(found[0]!.problem.hint).toContain('[the paper](https://arxiv.org/abs/1)');
	});

	test('isExternalHref compares hosts and treats every http(s) link as external without a site', () => {
		expect(isExternalHref('https://atlas.example.org/x/', site)).toBe(false);
		expect(isExternalHref('https://atlas.example.org.evil.com/', site)).toBe(true);
		expect(isExternalHref('/papers/', site)).toBe(false);
		expect(isExternalHref('https://atlas.example.org/x/', undefined)).toBe(true);
	});
});
