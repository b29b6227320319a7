import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkCitations } from '../../src/markdown/remark-citations';

const papers = {
	hamster: { name: 'HAMSTER', title: 'HAMSTER: Hierarchical Action Models', url: '/papers/hamster/' },
	vista: { name: 'VISTA', title: 'Scaling World Model', url: '/papers/vista/' },
};
const render = (markdown: string) =>
	String(
		unified()
			.use(remarkParse)
			.use(remarkCitations, { papers })
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync(markdown),
	);

describe('remarkCitations', () => {
	test('turns [@slug] into a link showing the short name', () => {
		expect(render('As in [@hamster].')).toBe(
			'<p>As in <cite class="citations">[<a href="/papers/hamster/" title="HAMSTER: Hierarchical Action Models" class="citation" data-cite="hamster">HAMSTER</a>]</cite>.</p>',
		);
	});

	test('handles several keys in one group and several groups in one paragraph', () => {
		const html = render('Both [@hamster; @vista] and again [@vista].');
		expect(html.match(/class="citation"/g)).toHaveLength(3);
		expect(html).toContain('>HAMSTER</a>; <a');
	});

	test('leaves code and ordinary brackets alone', () => {
		expect(render('`[@hamster]` and [a link](https://x.org) and [not a cite]')).not.toContain(
			'class="citation"',
		);
	});

	test('fails on an unknown key with its line, column and a suggestion', () => {
		const error = (() => {
			try {
				render('Line one.\n\nSee [@hamstr].');
			} catch (caught) {
				return caught as { message: string; line: number; column: number; ruleId: string };
			}
			return undefined;
		})();
		expect(error).toMatchObject({ line: 3, column: 5, ruleId: 'unknown-citation' });
		expect(error!.message).toMatch(/\[@hamstr\] points to no paper.*Did you mean "@hamster"\?/);
	});
});
