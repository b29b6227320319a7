import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSurvey, type BuildResult } from '../helpers/build-survey';
import { checkSiteLinks } from '../helpers/check-site-links';
import { readSiteAddress } from '../helpers/parse-html';
import { repoRoot } from '../helpers/paths';

// The survey README tells newcomers to copy: it must build as it is, with ATLAS_SURVEY, and show every file format.
const exampleDir = join(repoRoot, 'examples', 'minimal-survey');
let build: BuildResult;
beforeAll(async () => {
	build = await buildSurvey(exampleDir, 'example-survey');
});

test('the example survey builds with ATLAS_SURVEY, with no error, no warning and no broken link', () => {
	expect(build.code, build.stderr).toBe(0);
	const log = `${build.stdout}\n${build.stderr}`;
	expect(log.split('\n').filter((line) => /\bWARN|warning|error/i.test(line))).toEqual([]);
	const { origin, base } = readSiteAddress(exampleDir);
	expect(checkSiteLinks(build.outDir, origin, base).broken).toEqual([]);
});

test('its chapter embeds live views counted from the five notes', () => {
	const chapter = readFileSync(join(build.outDir, 'chapters', 'planners', 'index.html'), 'utf8');
	expect(chapter).toContain('This example survey holds 5 papers, 1 of them a landmark.');
	expect(chapter).toContain('3 papers use A* search');
	expect(chapter).toMatch(/<svg[^>]*aria-labelledby="timeline-title-planner/);
	expect(chapter).toContain('class="leaderboard"');
	const papers = JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8')) as { slug: string }[];
	expect(papers).toHaveLength(5);
});

test('its facet tree, term boundaries, benchmark protocols and numeric attribute with evidence reach the pages', () => {
	const facet = readFileSync(join(build.outDir, 'taxonomy', 'planner', 'index.html'), 'utf8');
	expect(facet).toContain('Tag the planner the paper proposes, not the baselines it compares with.');
	const term = readFileSync(join(build.outDir, 'taxonomy', 'planner', 'a-star', 'index.html'), 'utf8');
	expect(term).toContain('Unlike other graph search, a heuristic steers the expansion toward the goal.');
	expect(term).toContain('href="/taxonomy/planner/search/"');
	const benchmark = readFileSync(join(build.outDir, 'benchmarks', 'shelf-maze', 'index.html'), 'utf8');
	expect(benchmark).toContain(
		'The planner is scored on floor plans it never saw while being tuned or trained.',
	);
	const [header, ...rows] = readFileSync(join(build.outDir, 'papers.csv'), 'utf8').trimEnd().split('\r\n');
	expect(header).toContain('planning-time (ms),planning-time quote,planning-time source');
	expect(rows.join('\n')).toContain(
		'12,Shelf-A* returns a path in 12 ms on the largest floor plan.,https://example.org/papers/shelf-astar (v1)',
	);
});
