import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildArxivQuery, runTriage } from '../../src/cli/triage';
import { fixture, repoRoot, surveyUnderTest } from '../helpers/paths';

const FEED = fixture('arxiv', 'triage-feed.xml');

async function triage(
	argv: string[],
	fetch?: (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>,
) {
	let output = '';
	const code = await runTriage({
		argv,
		env: { ATLAS_SURVEY: fixture('tiny-survey') },
		stdout: { write: (text: string) => (output += text) },
		...(fetch && { fetch }),
		today: '2026-11-30',
	});
	return { code, output };
}

test('--feed ranks the papers the survey lacks, drops those it holds (any version, or by title), and cuts off-topic ones', async () => {
	const { code, output } = await triage(['--feed', FEED, '--json']);
	expect(code).toBe(0);
	const ranked = JSON.parse(output) as {
		arxiv: string;
		score: number;
		nearest: { slug: string }[];
		terms: Record<string, string[]>;
	}[];
	expect(ranked.map((paper) => paper.arxiv)).toEqual(['2699.00003']);
	const [paper] = ranked;
	expect(paper!.nearest.map((note) => note.slug)).toHaveLength(3);
	expect(paper!.terms['method']).toContain('tree-search');
});

test('the Markdown report gives the link, date, score, nearest notes, terms and the npm run new command', async () => {
	const { code, output } = await triage(['--feed', FEED]);
	expect(code).toBe(0);
	expect(output).toContain('## 1. Tree Search Planning for Learned Robot Policies');
	expect(output).toMatch(
		/\[arXiv:2699\.00003\]\(https:\/\/arxiv\.org\/abs\/2699\.00003\) · 2026-11-29 · score 0\.\d\d/,
	);
	expect(output).toMatch(/Nearest notes: .+ \(0\.\d\d\), .+, .+/);
	expect(output).toContain('npm run new -- 2699.00003');
	expect(output).not.toContain('Translation');
});

test('without --feed it asks the arXiv API for the watch over the last 7 days; a survey without a watch is told so', async () => {
	expect(await triage([])).toMatchObject({ code: 2 });
	const url = buildArxivQuery(
		{
			categories: ['cs.RO', 'cs.AI'],
			terms: ['world model', 'robot policy'],
			threshold: 0.1,
			max_results: 50,
		},
		'2026-11-23',
		'2026-11-30',
	);
	const query = new URL(url).searchParams;
	expect(url.startsWith('https://export.arxiv.org/api/query?')).toBe(true);
	expect(query.get('search_query')).toBe(
		'(cat:cs.RO OR cat:cs.AI) AND (all:"world model" OR all:"robot policy") AND submittedDate:[202611230000 TO 202611302359]',
	);
	expect(query.get('max_results')).toBe('50');
});

const EVALUATION = fixture('triage-eval', 'labelled-feed.jsonl');

test('on the labelled evaluation feed the ranking meets both targets, and the README states the figures it measures', async () => {
	const lines = readFileSync(EVALUATION, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as { label: string; kind: string });
	expect(lines.filter((paper) => paper.label === 'in').length).toBeGreaterThanOrEqual(40);
	expect(lines.filter((paper) => paper.label === 'out').length).toBeGreaterThanOrEqual(300);
	expect(lines.filter((paper) => paper.kind === 'hard-negative').length).toBeGreaterThanOrEqual(30);

	let output = '';
	const code = await runTriage({
		argv: ['--evaluate', EVALUATION, '--json'],
		env: { ATLAS_SURVEY: surveyUnderTest },
		stdout: { write: (text: string) => (output += text) },
	});
	expect(code).toBe(0);
	const quality = JSON.parse(output) as {
		precisionAt20: number;
		recallAtTwiceInScope: number;
		inScope: number;
	};
	expect(quality.precisionAt20).toBeGreaterThanOrEqual(0.8);
	expect(quality.recallAtTwiceInScope).toBeGreaterThanOrEqual(0.8);
	// Every new note moves the figures a little; the README must stay within 0.05 of them, so a contributor's paper
	// does not fail this test, while a change to the ranking that moves them more must update the README.
	const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
	const stated =
		/precision of the top 20 is \*\*(\d\.\d\d)\*\* and the share of in-scope papers within the top \d+ is \*\*(\d\.\d\d)\*\*/.exec(
			readme,
		);
	expect(stated, 'README.md states both figures in its "Finding new papers" section').not.toBeNull();
	expect(Math.abs(Number(stated![1]) - quality.precisionAt20)).toBeLessThanOrEqual(0.05);
	expect(Math.abs(Number(stated![2]) - quality.recallAtTwiceInScope)).toBeLessThanOrEqual(0.05);
});

test('a labelled feed with a broken line, a repeated paper or no in-scope paper is refused line by line', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'triage-eval-'));
	const file = join(folder, 'feed.jsonl');
	const paper = {
		arxiv: '2404.09170',
		url: 'https://arxiv.org/abs/2404.09170',
		title: 'A paper',
		abstract: 'Text.',
		label: 'out',
		kind: 'out',
		topic: 'test',
	};
	writeFileSync(
		file,
		[
			JSON.stringify(paper),
			'{"arxiv": ',
			JSON.stringify({ ...paper, label: 'maybe', arxiv: '2404.09171' }),
			JSON.stringify(paper),
		].join('\n'),
	);
	let output = '';
	const code = await runTriage({
		argv: ['--evaluate', file],
		env: { ATLAS_SURVEY: fixture('tiny-survey') },
		stdout: { write: (text: string) => (output += text) },
	});
	expect(code).toBe(1);
	expect(output.replaceAll(folder, '<tmp>')).toMatchSnapshot();
});
