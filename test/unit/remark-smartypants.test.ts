import remarkParse from 'remark-parse';
import originalSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkSmartypants } from '../../src/markdown/remark-smartypants';

const typeset = async (markdown: string, plugin: 'ours' | 'original') => {
	const processor = unified().use(remarkParse);
	if (plugin === 'ours') processor.use(remarkSmartypants);
	else processor.use(originalSmartypants);
	return JSON.stringify(await processor.run(processor.parse(markdown)));
};

describe('SmartyPants typography', () => {
	test.each([
		['quotes around a link', 'He said "see [the paper](https://example.org)" and left.'],
		['an apostrophe and nested quotes', `The model's "policy 'head'" isn't shared.`],
		['a quote opening a paragraph', '"Latent actions" matter.\n\n\'Single\' too.'],
		['dashes and ellipses', 'Fast -- and cheap... or . . . not --- really.'],
		['backticks', '``Quoted\'\' in the old style, and `code "stays"` as it is.'],
		['emphasis across quotes', '*"Bold claim"*, said **the "authors"**.'],
		['nothing to change', 'A plain sentence. Another one, with a comma; and a semicolon.'],
		['a heading and a list', '## The "problem"\n\n- it\'s hard -- really\n- "two" items...'],
	])('%s: the same output as remark-smartypants', async (_label, markdown) => {
		expect(await typeset(markdown, 'ours')).toBe(await typeset(markdown, 'original'));
	});

	test('it does change quotes and dashes', async () => {
		expect(await typeset('"A" -- b...', 'ours')).toContain('“A” — b…');
	});
});
