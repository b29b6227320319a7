import { expect, test } from 'vitest';
import { numberCitationLinks, planPrint } from '../../src/lib/print/plan-print';

const papers = [
	{ slug: 'zeta', name: 'Zeta', note: { body: 'Builds on [@alpha].' } },
	{ slug: 'alpha', name: 'Alpha', note: { body: 'No citations.' } },
	{ slug: 'beta', name: 'beta', note: { body: 'Compares with [@zeta; @alpha] and `[@not-a-citation]`.' } },
];

test('citations are numbered by first appearance, chapters first, then the printed notes in appendix order', () => {
	const plan = planPrint([{ body: 'As [@zeta] shows.' }, { body: 'Later [@zeta].' }], papers, 10);
	expect(plan.appendix.map((entry) => entry.slug)).toEqual(['alpha', 'beta', 'zeta']);
	expect(plan.cited).toEqual(['zeta', 'alpha']);
	expect(plan.numbers.get('alpha')).toBe(2);
});

test('beyond the note limit, papers cited in the chapters keep their notes first, and their citations alone count', () => {
	const plan = planPrint([{ body: 'See [@beta].' }], papers, 1);
	expect(plan.appendix.filter((entry) => entry.full).map((entry) => entry.slug)).toEqual(['beta']);
	expect(plan.appendix).toHaveLength(3);
	expect(plan.cited).toEqual(['beta', 'zeta', 'alpha']);
	expect(planPrint([], papers, 0).cited).toEqual([]);
});

test('citation links become numbered links to the bibliography', () => {
	const html =
		'<cite class="citations">[<a href="/papers/zeta/" title="Zeta: A Title" class="citation" data-cite="zeta">Zeta</a>; <a href="/papers/x/" class="citation" data-cite="x">X</a>]</cite>';
	expect(numberCitationLinks(html, new Map([['zeta', 4]]))).toBe(
		'<cite class="citations">[<a href="#ref-zeta" class="citation" data-cite="zeta">4</a>; <a href="/papers/x/" class="citation" data-cite="x">X</a>]</cite>',
	);
});

test('a note stored without its body is read from the citation links it rendered to, in order', () => {
	const rendered = (...keys: string[]) => ({
		rendered: {
			html: `<p>As ${keys.map((key) => `<a href="/papers/${key}/" class="citation" data-cite="${key}">${key}</a>`).join(' and ')}.</p><pre><code>[@alpha]</code></pre>`,
		},
	});
	const plan = planPrint(
		[rendered('beta', 'zeta')],
		papers.map((paper) => ({ ...paper, note: rendered(...(paper.slug === 'beta' ? ['alpha'] : [])) })),
		10,
	);
	expect(plan.cited).toEqual(['beta', 'zeta', 'alpha']);
});
