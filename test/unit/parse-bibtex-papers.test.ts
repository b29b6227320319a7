import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatCslName, parseBibtexPapers } from '../../src/cli/parse-bibtex-papers';
import { fixture } from '../helpers/paths';

describe('parseBibtexPapers', () => {
	test('reads every entry: title, authors, date, arXiv id and venue', () => {
		const papers = parseBibtexPapers(readFileSync(fixture('bibtex', 'two-papers.bib'), 'utf8'));
		expect(papers).toEqual([
			{
				key: 'zhuang2023toolchain',
				draft: {
					title: 'ToolChain*: Efficient Action Space Navigation in Large Language Models with A* Search',
					authors: [
						'Yuchen Zhuang',
						'Xiang Chen',
						'Tong Yu',
						'Saayan Mitra',
						'Victor Bursztyn',
						'Ryan A. Rossi',
						'Somdeb Sarkhel',
						'Chao Zhang',
					],
					date: '2023-10',
					arxiv: '2310.13227',
					venue: 'ICLR 2024',
				},
			},
			{
				key: 'wang2025openha',
				draft: {
					title: 'OpenHA: A Series of Open-Source Hierarchical Agentic Models in Minecraft',
					authors: [
						'Zihao Wang',
						'Muyao Li',
						'Kaichen He',
						'Xiangyu Wang',
						'Zhancun Mu',
						'Anji Liu',
						'Yitao Liang',
					],
					date: '2025-09',
					arxiv: '2509.13347',
					venue: 'arXiv',
				},
			},
		]);
	});

	test('reads BibLaTeX eprints, DOIs given as links, "and others", and dates', () => {
		const [dblp, biblatex, plain] = parseBibtexPapers(`
			@article{dblp, title={Example Paper}, author={Example, Ada and others}, journal={CoRR}, volume={abs/2402.01030},
			  eprinttype={arXiv}, eprint={2402.01030v3}, year={2024}}
			@online{biblatex, title={Another Example}, author={Berg, Jan van der}, date={2023-05-07}, doi={https://doi.org/10.5555/12345678}}
			@misc{plain, title={Third Example}, note={arXiv:2403.00001}}
		`).map((paper) => paper.draft);
		expect(dblp).toEqual({
			title: 'Example Paper',
			authors: ['Ada Example'],
			authorsComplete: false,
			date: '2024',
			arxiv: '2402.01030',
			venue: 'arXiv',
		});
		expect(biblatex).toEqual({
			title: 'Another Example',
			authors: ['Jan van der Berg'],
			date: '2023-05-07',
			doi: '10.5555/12345678',
		});
		expect(plain).toMatchObject({ title: 'Third Example', authors: [], arxiv: '2403.00001' });
	});

	test('an eprint of another archive is not an arXiv id', () => {
		const [paper] = parseBibtexPapers(
			'@article{pm, title={A Medical Example}, eprint={12345678}, eprinttype={pubmed}}',
		);
		expect(paper?.draft).not.toHaveProperty('arxiv');
	});

	test('keeps an entry without a title, without a draft, so it can be named', () => {
		expect(parseBibtexPapers('@misc{untitled, author={Example, Ada}}')).toEqual([
			{ key: 'untitled', draft: undefined },
		]);
	});

	test('throws on broken BibTeX and returns nothing for text without entries', () => {
		expect(() => parseBibtexPapers('@article{broken, title={Unclosed')).toThrow();
		expect(parseBibtexPapers('just some words')).toEqual([]);
	});
});

describe('formatCslName', () => {
	test('joins CSL name parts in display order', () => {
		expect(formatCslName({ given: 'Ryan A.', family: 'Rossi' })).toBe('Ryan A. Rossi');
		expect(formatCslName({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' })).toBe(
			'Martin Luther King Jr.',
		);
		expect(formatCslName({ literal: 'OpenAI' })).toBe('OpenAI');
		expect(formatCslName({ family: 'OpenAI' })).toBe('OpenAI');
	});

	test('keeps the year in the venue, TeX math in the title and the month of the date', () => {
		const [bet] = parseBibtexPapers(readFileSync(fixture('contributing-pr', 'refs.bib'), 'utf8'));
		expect(bet?.draft).toMatchObject({
			title: 'Behavior Transformers: Cloning $k$ modes with one stone',
			venue: 'Advances in Neural Information Processing Systems 2022',
			date: '2022',
		});
		const [alphafold] = parseBibtexPapers(
			'@article{jumper2021, title={Highly accurate protein structure prediction with {AlphaFold}}, author={Jumper, John}, journal={Nature}, volume={596}, year={2021}, month=aug}',
		);
		expect(alphafold?.draft).toMatchObject({ venue: 'Nature 2021', date: '2021-08' });
		expect(alphafold?.draft?.title).toBe('Highly accurate protein structure prediction with AlphaFold');
		const [pi0] = parseBibtexPapers('@misc{pi0, title={$\\pi_0$: A Flow Model}, year={2024}}');
		expect(pi0?.draft?.title).toBe('π₀: A Flow Model');
	});
});
