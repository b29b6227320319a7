import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSurvey } from '../helpers/build-survey';
import { makeSurveyCase } from '../helpers/survey-case';

/** Builds one accepted case and removes its survey folder afterwards. */
async function buildCase(name: string) {
	const made = makeSurveyCase('accepted', name);
	try {
		return await buildSurvey(made.dir, `accepted-${name}`);
	} finally {
		made.remove();
	}
}

describe('input that must be accepted as it is', () => {
	test.each(['crlf-line-endings', 'byte-order-mark'])(
		'%s builds, and the note renders normally',
		async (name) => {
			const build = await buildCase(name);
			expect(build.code, build.stderr).toBe(0);
			const html = readFileSync(join(build.outDir, 'papers', 'beta-learner', 'index.html'), 'utf8');
			expect(html).toContain(
				'<h1 data-pagefind-meta="title">Beta Learner: Policies From Demonstrations</h1>',
			);
			expect(html).toContain('Beta learns a policy from demonstrations');
		},
	);

	test('HTML in a title, summary or author renders as text, never as markup', async () => {
		const build = await buildCase('html-in-title');
		expect(build.code, build.stderr).toBe(0);
		for (const page of ['papers/alpha-planner/index.html', 'papers/index.html', 'index.html']) {
			// Quoted attribute values are inert (quotes inside are escaped), so judge the markup outside them.
			const html = readFileSync(join(build.outDir, page), 'utf8');
			const markup = html.replace(/="[^"]*"/g, '=""');
			expect(markup, page).not.toMatch(/<script>alert\(1\)<\/script>/);
			expect(markup, page).not.toMatch(/<img src=x onerror/);
			expect(html, page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		}
		const json = JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8')) as { title: string }[];
		expect(json.some((paper) => paper.title.includes('<script>alert(1)</script>'))).toBe(true);
	});

	test('a survey without the optional benchmarks and chapters folders builds with no warning about them', async () => {
		const build = await buildCase('no-optional-folders');
		expect(build.code, build.stderr).toBe(0);
		const log = `${build.stdout}\n${build.stderr}`;
		// Astro's words for a missing collection and for an absent glob folder.
		expect(log).not.toMatch(/check your content config|does not exist|No files found/);
		expect(log.split('\n').filter((line) => /\bWARN\b/.test(line))).toEqual([]);
		const benchmarks = readFileSync(join(build.outDir, 'benchmarks', 'index.html'), 'utf8');
		expect(benchmarks).toContain('This survey defines no benchmarks yet: add files to content/benchmarks/.');
		expect(existsSync(join(build.outDir, 'chapters', 'index.html'))).toBe(true);
		const papers = JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8')) as { slug: string }[];
		expect(papers.map((paper) => paper.slug)).toEqual(['epsilon-walker', 'zeta-grid']);
	});
});
