import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { rehypeExternalLinks } from '../../src/markdown/external-links';
import { remarkCitations } from '../../src/markdown/remark-citations';
import { remarkSmartypants } from '../../src/markdown/remark-smartypants';
import { createSatteriNoteRenderer } from '../../src/markdown/satteri-notes';
import { needsUnifiedMarkdown } from '../../src/lib/notes/needs-mdx';

const papers = {
	'alpha-planner': { name: 'Alpha "A" & <B>', title: "Alpha's planner", url: '/atlas/papers/alpha-planner/' },
	'beta-learner': { name: 'Beta', title: 'Beta: learning & acting', url: '/atlas/papers/beta-learner/' },
};
const site = 'https://example.org/atlas/';

// The unified pipeline as the integration configures it for MDX and chapters.
const renderUnified = async (markdown: string) =>
	(
		await (
			await createMarkdownProcessor({
				smartypants: false,
				remarkPlugins: [remarkSmartypants, [remarkCitations, { papers }]],
				rehypePlugins: [[rehypeExternalLinks, { site }]],
			} as never)
		).render(markdown)
	).code.trimEnd();
const renderFast = async (markdown: string) =>
	(
		await (await createSatteriNoteRenderer({ papers, site })).render(markdown, { frontmatter: {} })
	).code.trimEnd();

describe('notes rendered by the native Markdown pipeline', () => {
	test.each([
		['citations, one and grouped', 'As shown [@alpha-planner], and again [@alpha-planner; @beta-learner].'],
		['a citation in a list', '## Compared\n\n- item [@alpha-planner]\n- "quoted" item...'],
		['code keeps citations as text', 'Inline `[@alpha-planner]` and\n\n```\n[@beta-learner]\n```'],
		[
			'external and internal links',
			'[out](https://other.org/x) [in](https://example.org/atlas/papers/) [rel](/papers/)',
		],
		['a table and emphasis', '| a | b |\n|---|---|\n| *x* | **"y"** |\n\nThe model\'s "head" isn\'t shared.'],
	])('%s: the same HTML as the unified pipeline', async (_label, markdown) => {
		expect(await renderFast(markdown)).toBe(await renderUnified(markdown));
	});

	test('notes the two pipelines would write differently go through the unified one', async () => {
		for (const markdown of ['## Compared with [@beta-learner]', 'fast -- cheap', "``old''"]) {
			expect(needsUnifiedMarkdown(markdown), markdown).toBe(true);
			expect(await renderFast(markdown)).not.toBe(await renderUnified(markdown));
		}
		expect(needsUnifiedMarkdown('## Compared\n\nAs in [@beta-learner], "quoted"...')).toBe(false);
	});

	test('an unknown citation fails the note', async () => {
		await expect(renderFast('See [@gamma-missing].')).rejects.toThrow(/gamma-missing/);
	});
});
