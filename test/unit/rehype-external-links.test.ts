import type { Root } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { isExternalHref, rehypeExternalLinks } from '../../src/markdown/rehype-external-links';

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

describe('rehypeExternalLinks', () => {
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

	test('an existing rel keeps its values, without duplicates', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'a',
					properties: { href: 'http://other.org/', rel: ['nofollow', 'noopener'] },
					children: [],
				},
			],
		};
		rehypeExternalLinks({ site })(tree);
		expect(tree.children[0]).toMatchObject({ properties: { rel: ['nofollow', 'noopener', 'noreferrer'] } });
	});

	test('a JSX <a> written in an MDX note is marked too', () => {
		const link: MdxJsxTextElementHast = {
			type: 'mdxJsxTextElement',
			name: 'a',
			attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: 'https://arxiv.org/abs/1' }],
			children: [],
		};
		rehypeExternalLinks({ site })({
			type: 'root',
			children: [{ type: 'element', tagName: 'p', properties: {}, children: [link] }],
		});
		expect(link.attributes).toContainEqual({
			type: 'mdxJsxAttribute',
			name: 'rel',
			value: 'noopener noreferrer',
		});
	});

	test('isExternalHref compares hosts and treats every http(s) link as external without a site', () => {
		expect(isExternalHref('https://atlas.example.org/x/', site)).toBe(false);
		expect(isExternalHref('https://atlas.example.org.evil.com/', site)).toBe(true);
		expect(isExternalHref('/papers/', site)).toBe(false);
		expect(isExternalHref('https://atlas.example.org/x/', undefined)).toBe(true);
	});
});
