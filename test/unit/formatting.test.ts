import { describe, expect, test } from 'vitest';
import { formatAuthors } from '../../src/lib/papers/format-authors';
import { formatPartialDate } from '../../src/lib/text/format-date';
import { getPaperName, splitDisplayTitle } from '../../src/lib/papers/paper-name';
import { listPaperLinks } from '../../src/lib/papers/list-paper-links';
import { slugify } from '../../src/lib/text/slugify';

describe('formatting for readers', () => {
	test('dates keep only the precision the source has', () => {
		expect(formatPartialDate('2025-09-12')).toBe('12 Sep 2025');
		expect(formatPartialDate('2026-02')).toBe('Feb 2026');
		expect(formatPartialDate('2026')).toBe('2026');
	});

	test('author lists shorten with "et al." and honour incomplete lists and elisions', () => {
		expect(formatAuthors(['A'])).toBe('A');
		expect(formatAuthors(['A', 'B'])).toBe('A and B');
		expect(formatAuthors(['A', 'B', 'C'])).toBe('A, B and C');
		expect(formatAuthors(['A', 'B', 'C'], { max: 2 })).toBe('A, B et al.');
		expect(formatAuthors(['A', 'B'], { complete: false })).toBe('A, B et al.');
		expect(formatAuthors(['A', '...', 'Z'], { complete: false })).toBe('A, …, Z et al.');
	});

	test('short names fall back to the title before its colon', () => {
		expect(getPaperName({ title: 'HAMSTER: Hierarchical Action Models' })).toBe('HAMSTER');
		expect(getPaperName({ title: 'Executable Code Actions', name: 'CodeAct' })).toBe('CodeAct');
		expect(splitDisplayTitle('HAMSTER', 'HAMSTER: Hierarchical Action Models')).toEqual({
			lead: 'HAMSTER',
			rest: 'Hierarchical Action Models',
		});
		expect(splitDisplayTitle('CodeAct', 'Executable Code Actions')).toEqual({
			lead: 'CodeAct',
			rest: 'Executable Code Actions',
		});
		expect(splitDisplayTitle('iFlyBot-VLA', 'iFlyBot-VLA Technical Report')).toEqual({
			rest: 'iFlyBot-VLA Technical Report',
		});
		expect(splitDisplayTitle('Gamma, a Hybrid', 'Gamma, a Hybrid')).toEqual({ rest: 'Gamma, a Hybrid' });
	});

	test('links come in a fixed order with arXiv derived from the id', () => {
		expect(
			listPaperLinks({ arxiv: '2402.01030', links: { code: 'https://github.com/x/y' } }).map(
				(link) => `${link.label} ${link.href}`,
			),
		).toEqual([
			'arXiv https://arxiv.org/abs/2402.01030',
			'PDF https://arxiv.org/pdf/2402.01030',
			'Code https://github.com/x/y',
		]);
	});

	test('slugify makes kebab-case ASCII', () => {
		expect(slugify('Being-H0.5: Scaling')).toBe('being-h0-5-scaling');
		expect(slugify('Bad_Slug')).toBe('bad-slug');
	});
});
