import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tinySiteDir } from '../helpers/paths';

const read = (path: string) => readFileSync(join(tinySiteDir, path), 'utf8');
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replaceAll('&#39;', "'")
		.replace(/\s+/g, ' ');

describe('tagging rules and reasons on the built site', () => {
	test("a facet page shows the facet's scope, each term's boundary and the removed terms", () => {
		const html = text(read('taxonomy/method/index.html'));
		expect(html).toContain("Tagging rule Tag how the paper's own system chooses its actions");
		expect(html).toContain(
			'Boundary: Unlike other planning, the candidates form a tree that is expanded step by step.',
		);
		expect(html).toContain('Removed terms search It said nothing that planning did not say.');
		expect(text(read('taxonomy/index.html'))).toContain("Tagging rule Tag how the paper's own system");
	});

	test('a facet without scope or boundaries renders as before', () => {
		const html = read('taxonomy/setting/index.html');
		expect(html).not.toContain('Tagging rule');
		expect(html).not.toContain('Boundary:');
		expect(html).not.toContain('Removed terms');
	});

	test('a term page shows its boundary and the rules the check enforces for it', () => {
		expect(text(read('taxonomy/method/tree-search/index.html'))).toContain(
			'Where it ends Unlike other planning, the candidates form a tree',
		);
		expect(text(read('taxonomy/setting/real-world/index.html'))).toContain(
			'A paper with this term also needs Learning in Method.',
		);
		expect(read('taxonomy/setting/simulation/index.html')).not.toContain('Where it ends');
	});

	test("a removed term's URL redirects to its facet and stays out of the sitemap", () => {
		const html = read('taxonomy/method/search/index.html');
		expect(html).toContain('<meta http-equiv="refresh" content="0;url=/taxonomy/method/">');
		expect(text(html)).toContain('This term was removed: It said nothing that planning did not say.');
		expect(read('sitemap-0.xml')).not.toContain('/taxonomy/method/search/');
	});

	test('a paper page shows each reason right after its tag', () => {
		const html = read('papers/beta-learner/index.html');
		expect(html).toMatch(
			/<li class="tag-with-reason"[^>]*>\s*<a [^>]*>\s*Learning\s*<\/a>\s*<span class="tag-reason"[^>]*>\s*<span class="visually-hidden"[^>]*>: <\/span>\s*It learns its policy from demonstrations\.\s*<\/span>/,
		);
		expect(read('papers/alpha-planner/index.html')).not.toContain('tag-reason');
	});

	test('gains are listed apart from ranked scores, unranked and oldest first', () => {
		const html = text(read('benchmarks/maze/index.html'));
		expect(html).toMatch(
			/Maze: Gain over the paper's own baseline \(points\) — gains, not ranked Gains, not scores: .* Listed by publication date, not ranked\. Paper Gain Setting Source Beta 12 — table 1, arXiv v1 .* Gamma, a Hybrid of Search and Learning 30 — table 4, arXiv v1/,
		);
		expect(read('benchmarks/maze/index.html').match(/data-sortable/g)).toHaveLength(2);
		expect(text(read('benchmarks/index.html'))).toMatch(
			/Maze An invented maze-solving benchmark for the tests\. 3 2/,
		);
	});
});
