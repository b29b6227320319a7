import { describe, expect, test } from 'vitest';
import { extractLinks } from '../../src/lib/notes/extract-links';
import { parseNote } from '../../src/lib/notes/parse-note';
import { parseYaml, splitFrontmatter } from '../../src/survey/read-source';

const note = `---
title: "Sample: A Note With Links"
authors: [Ada Example]
date: 2024-03-05
arxiv: "2403.00001"
doi: 10.1145/1234567.890123
links:
  code: https://github.com/example/sample
  pdf: https://example.org/sample.pdf
summary: A note that links out.
taxonomy: {}
added: 2026-11-01
---

## TL;DR

See the [project page](https://example.org/sample/ "Sample") and ![a figure](https://example.org/figure.png).
A bare address https://example.org/bare, then one in parentheses (https://example.org/paren).
Wikipedia keeps its brackets: [term](https://en.wikipedia.org/wiki/Search_(planning)).
The code again: https://github.com/example/sample.
[https://example.org/text-is-url](https://example.org/text-is-url)

\`\`\`sh
curl https://example.org/in-a-fence
\`\`\`

Inline \`https://example.org/inline-code\` is code, and ftp://example.org/file is not the web.

[ref]: https://example.org/definition
`;

/** The body links of a note, from its one parse. */
function bodyLinksOf(body: string, bodyLine: number) {
	const parse = parseNote(body, bodyLine);
	if (!parse.ok) throw new Error(parse.error.reason);
	return parse.note.links;
}

function sample() {
	const parts = splitFrontmatter(note)!;
	const yaml = parseYaml(parts.yaml, parts.yamlLine);
	const data = yaml.data as { arxiv: string; doi: string; links: { code: string; pdf: string } };
	return extractLinks({
		file: 'content/papers/sample.mdx',
		data,
		bodyLinks: bodyLinksOf(parts.body, parts.bodyLine),
		locate: yaml.locate,
	});
}

describe('extractLinks', () => {
	test('lists the derived arXiv and DOI pages, every links.* field and the body addresses, once each', () => {
		expect(sample().map(({ url, field }) => `${field} ${url}`)).toEqual([
			'arxiv https://arxiv.org/abs/2403.00001',
			'doi https://doi.org/10.1145/1234567.890123',
			'links.code https://github.com/example/sample',
			'links.pdf https://example.org/sample.pdf',
			'body https://example.org/sample/',
			'body https://example.org/figure.png',
			'body https://example.org/bare',
			'body https://example.org/paren',
			'body https://en.wikipedia.org/wiki/Search_(planning)',
			'body https://example.org/text-is-url',
			'body https://example.org/definition',
		]);
	});

	test('places frontmatter links on their field and body links on their line and column', () => {
		const links = sample();
		const find = (url: string) => links.find((link) => link.url === url);
		expect(find('https://arxiv.org/abs/2403.00001')).toMatchObject({
			file: 'content/papers/sample.mdx',
			line: 5,
		});
		expect(find('https://github.com/example/sample')).toMatchObject({
			line: 8,
			column: 3,
			field: 'links.code',
		});
		expect(find('https://example.org/sample/')).toEqual({
			url: 'https://example.org/sample/',
			file: 'content/papers/sample.mdx',
			line: 17,
			column: 9,
			field: 'body',
		});
		expect(find('https://example.org/paren')).toMatchObject({ line: 18, column: 67 });
	});

	test('ignores code blocks, inline code and non-web schemes', () => {
		const urls = sample().map((link) => link.url);
		expect(
			urls.some((url) => url.includes('in-a-fence') || url.includes('inline-code') || url.startsWith('ftp:')),
		).toBe(false);
	});

	test('reads a chapter, which has only a body; frontmatter links have no line without a locator', () => {
		expect(
			extractLinks({
				file: 'content/chapters/intro.mdx',
				bodyLinks: bodyLinksOf('First line.\nSee https://example.org/x.', 6),
			}),
		).toEqual([
			{ url: 'https://example.org/x', file: 'content/chapters/intro.mdx', line: 7, column: 5, field: 'body' },
		]);
		expect(
			extractLinks({
				file: 'p.mdx',
				data: { links: { project: 'https://example.org/p' } },
				bodyLinks: [],
			}),
		).toEqual([{ url: 'https://example.org/p', file: 'p.mdx', field: 'links.project' }]);
	});
});
