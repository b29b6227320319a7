import { expect, test } from 'vitest';
import { buildArxivQuery, runTriage } from '../../src/cli/triage';
import { fixture } from '../helpers/paths';

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
