import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSurvey, type BuildResult } from '../helpers/build-survey';
import { checkSiteLinks } from '../helpers/check-site-links';
import { readSiteAddress } from '../helpers/parse-html';
import { fixture, repoRoot } from '../helpers/paths';

// `npm run build` as on a machine without Chromium: the build skips the PDF, and no page links it. Every process of
// the build counts its reads of survey.yaml.
const readLog = join(mkdtempSync(join(tmpdir(), 'atlas-reads-')), 'reads.txt');
let build: BuildResult;
beforeAll(async () => {
	build = await buildSurvey(fixture('second-survey'), 'second-survey', {
		pdf: 'no-chromium',
		env: {
			NODE_OPTIONS: `--import=${join(repoRoot, 'test', 'helpers', 'count-survey-reads.mjs')}`,
			ATLAS_COUNT_READS: readLog,
		},
	});
});

test('the build validates the survey once: survey.yaml is read once, by that one validation pass', () => {
	expect(build.code, build.stderr).toBe(0);
	const counts = readFileSync(readLog, 'utf8').trim().split('\n');
	// astro build, the search index and the PDF step: three processes.
	expect(counts.length).toBeGreaterThanOrEqual(3);
	expect(counts.reduce((sum, line) => sum + Number(line.split(' ')[1]), 0)).toBe(1);
});

test('without Chromium the build succeeds, says in one line that it skipped the PDF, and no link is broken', () => {
	expect(build.code, build.stderr).toBe(0);
	const skipped = build.stdout.split('\n').filter((line) => line.includes('PDF'));
	expect(skipped).toEqual([
		expect.stringMatching(/^Skipped the PDF \(no Chromium at .*no-chromium-here\), so no page links it\. /),
	]);
	expect(existsSync(join(build.outDir, 'retrieval-survey.pdf'))).toBe(false);
	const { origin, base } = readSiteAddress(fixture('second-survey'));
	const report = checkSiteLinks(build.outDir, origin, base);
	expect(report.broken).toEqual([]);
	expect(report.checked).toBeGreaterThan(100);
});

test('a survey with other facets and papers builds from the same code, under its base path', () => {
	expect(build.code, build.stderr).toBe(0);
	const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
	expect(home).toContain('<title>Retrieval Survey</title>');
	expect(home).toContain('href="/retrieval/taxonomy/retriever/"');
	expect(existsSync(join(build.outDir, 'taxonomy', 'granularity', 'passage', 'index.html'))).toBe(true);
	expect(existsSync(join(build.outDir, 'taxonomy', 'action-tokenization'))).toBe(false);
	const papers = JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8')) as { url: string }[];
	expect(papers.map((paper) => paper.url)).toEqual([
		'https://surveys.example.net/retrieval/papers/dense-passages/',
		'https://surveys.example.net/retrieval/papers/okapi-revisited/',
	]);
	expect(readFileSync(join(build.outDir, 'papers', 'dense-passages', 'index.html'), 'utf8')).toContain(
		'href="/retrieval/papers/okapi-revisited/"',
	);
});

test("the other survey's own attributes become table and CSV columns, checked and shown with their units", () => {
	const table = readFileSync(join(build.outDir, 'table', 'index.html'), 'utf8');
	expect(table).toContain('Index size (M passages)');
	// A number shows where it was read beside it.
	expect(table).toContain('>21 M passages <details class="evidence"><summary>arXiv v1</summary>');
	expect(table).not.toContain('Control rate');
	const [header, ...rows] = readFileSync(join(build.outDir, 'papers.csv'), 'utf8').trimEnd().split('\r\n');
	expect(header).toBe(
		'slug,url,name,title,authors,date,venue,arxiv,doi,index-size (M passages),index-size quote,index-size source,embedding-dim,embedding-dim quote,embedding-dim source,scoring,retriever,granularity,added,updated',
	);
	expect(rows.join('\n')).toContain(
		',21,the paper gives 21 for index size,https://example.org/paper (v1),768,',
	);
	expect(rows).toHaveLength(2);
	const paper = readFileSync(join(build.outDir, 'papers', 'dense-passages', 'index.html'), 'utf8');
	expect(paper).toContain('<dd data-attribute="scoring">dot product</dd>');
	const compare = JSON.parse(
		readFileSync(join(build.outDir, 'compare', 'data', 'okapi-revisited.json'), 'utf8'),
	) as {
		attributes: Record<string, string>;
	};
	expect(compare.attributes).toEqual({ 'index-size': '3.2 M passages', scoring: 'bm25' });
	expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).not.toContain('retrieval-survey.pdf');
	expect(existsSync(join(build.outDir, 'print', 'index.html'))).toBe(true);
});
