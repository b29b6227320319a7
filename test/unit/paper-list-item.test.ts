import { describe, expect, test } from 'vitest';
import {
	openPaperListItem,
	renderPaperListItemContent,
	type PaperListItemOptions,
} from '../../src/lib/papers/render-paper-list-item';
import type { PaperRecord } from '../../src/lib/papers/paper-record';
import { buildTaxonomyIndex } from '../../src/lib/taxonomy/taxonomy-index';
import { FacetSchema } from '../../src/schemas/facet';

const index = buildTaxonomyIndex(
	[
		FacetSchema.parse({
			id: 'tokens',
			label: 'Tokens & "codes"',
			description: 'What a model emits.',
			multiple: true,
			required: false,
			terms: [
				{ id: 'raw', label: 'Raw <action>', description: 'Low-level commands.' },
				{ id: 'latent', label: 'Latent', description: 'Codes.' },
			],
		}),
	],
	['tokens'],
);

// As getSurvey().renderListItem puts them together.
const renderPaperListItem = (
	record: PaperRecord,
	taxonomy: typeof index,
	{ level, attributes }: PaperListItemOptions,
) => openPaperListItem(attributes) + renderPaperListItemContent(record, taxonomy, level);

const paper = (data: Partial<PaperRecord['data']>, name = 'RT-X') =>
	({
		slug: 'rt-x',
		name,
		terms: { tokens: ['raw', 'latent'] },
		data: {
			title: 'RT-X: Robots & <Tokens>',
			authors: ['Ann Lee', "Bo O'Neil"],
			authors_complete: true,
			date: '2024-05',
			summary: 'Says "hello" & <waves>.',
			...data,
		},
	}) as unknown as PaperRecord;

describe('a paper list item', () => {
	test('escapes titles, names, summaries, tag labels and attributes as Astro does', () => {
		const html = renderPaperListItem(paper({ venue: 'CoRL' }), index, {
			level: 3,
			attributes: { 'data-name': 'A "quoted" & name' },
		});
		expect(html).toBe(
			'<li class="paper-item" data-name="A &quot;quoted&quot; &amp; name"> <h3> <a href="/papers/rt-x/"> ' +
				'<span class="paper-name">RT-X: </span> Robots &amp; &lt;Tokens&gt; </a> </h3> ' +
				'<p class="byline"> Ann Lee and Bo O&#39;Neil ·  <time datetime="2024-05">May 2024</time>  · CoRL </p> ' +
				'<p class="summary">Says &quot;hello&quot; &amp; &lt;waves&gt;.</p> ' +
				'<ul class="chips" aria-label="Tags"> ' +
				'<li> <a class="chip facet-0" href="/taxonomy/tokens/raw/" title="Tokens &amp; &quot;codes&quot;"> Raw &lt;action&gt; </a> </li>' +
				'<li> <a class="chip facet-0" href="/taxonomy/tokens/latent/" title="Tokens &amp; &quot;codes&quot;"> Latent </a> </li>' +
				' </ul> </li>',
		);
	});

	test('leaves out the venue and the name span when the paper has none, at the heading level asked for', () => {
		const html = renderPaperListItem(paper({ title: 'Robots that wave' }, 'Robots that wave'), index, {
			level: 2,
		});
		expect(html).toContain('<h2> <a href="/papers/rt-x/">  Robots that wave </a> </h2>');
		expect(html).toContain('</time>  </p>');
		expect(html).not.toContain('paper-name');
	});
});
