import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, test } from 'vitest';
import { formatBibtex } from '../../src/lib/citations/format-citations';
import { toCitationKey } from '../../src/lib/citations/citation-key';
import { paperToCsl, splitPersonName } from '../../src/lib/citations/paper-to-csl';
import { PaperSchema } from '../../src/schemas/paper';

const paper = (slug: string, overrides: object = {}) => ({
	slug,
	data: PaperSchema.parse({
		title: 'HAMSTER: Hierarchical Action Models',
		authors: ['Yi Li', 'Ryan A. Rossi', '...'],
		authors_complete: false,
		date: '2025-02-08',
		arxiv: '2502.05485',
		venue: 'ICLR 2025',
		summary: 's',
		taxonomy: {},
		added: '2026-11-24',
		...overrides,
	}),
});

describe('BibTeX', () => {
	test('splits names into family and given parts', () => {
		expect(splitPersonName('Ryan A. Rossi')).toEqual({ family: 'Rossi', given: 'Ryan A.' });
		expect(splitPersonName('LeCun, Yann')).toEqual({ family: 'LeCun', given: 'Yann' });
		expect(splitPersonName('OpenAI')).toEqual({ literal: 'OpenAI' });
	});

	test('keys are stable and derived from the slug', () => {
		expect(toCitationKey('being-h0-5')).toBe('being_h0_5');
		const bib = formatBibtex([paperToCsl(paper('hamster'), 'https://x/papers/hamster/')]);
		expect(bib).toMatch(/^@inproceedings\{hamster,/);
		expect(bib).toBe(formatBibtex([paperToCsl(paper('hamster'), 'https://x/papers/hamster/')]));
	});

	test('a journal paper is an @article in its journal, named without the year; a conference paper stays @inproceedings', () => {
		const alphafold = formatBibtex([
			paperToCsl(
				paper('alphafold2', { venue: 'Nature 2021', title: 'Highly accurate protein structure prediction' }),
				'https://x/',
			),
		]);
		expect(alphafold).toMatch(/^@article\{alphafold2,/);
		expect(alphafold).toMatch(/\n\tjournal = \{Nature\},\n/);
		expect(alphafold).not.toContain('booktitle');
		expect(formatBibtex([paperToCsl(paper('tmlr', { venue: 'TMLR 2022' }), 'https://x/')])).toMatch(
			/^@article\{tmlr,[\s\S]*journal = \{TMLR\}/,
		);
		const hamster = formatBibtex([paperToCsl(paper('hamster'), 'https://x/')]);
		expect(hamster).toMatch(/^@inproceedings\{hamster,[\s\S]*booktitle = \{ICLR 2025\}/);
	});

	test('what we write, citation-js reads back with the same facts', () => {
		const bib = formatBibtex([
			paperToCsl(paper('hamster'), 'https://x/'),
			paperToCsl(paper('being-h0-5', { venue: 'arXiv', title: 'Being-H0.5' }), 'https://x/'),
		]);
		const [first, second] = new Cite(bib).data as {
			'citation-key': string;
			title: string;
			author: { family: string }[];
			issued: { 'date-parts': number[][] };
			'container-title'?: string;
			type: string;
		}[];
		expect(first).toMatchObject({
			'citation-key': 'hamster',
			title: 'HAMSTER: Hierarchical Action Models',
			'container-title': 'ICLR 2025',
		});
		expect(first!.author.map((author) => author.family)).toEqual(['Li', 'Rossi']);
		expect(first!.issued['date-parts'][0]![0]).toBe(2025);
		expect(second).toMatchObject({ 'citation-key': 'being_h0_5', title: 'Being-H0.5' });
		expect(second!['container-title']).toBeUndefined();
	});
});
