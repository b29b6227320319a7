import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, expect, test } from 'vitest';
import { listCitationOrder } from '../../src/lib/print/plan-print';
import { loadSurvey, type LoadedSurvey } from '../../src/survey/load-survey';
import { repoRoot } from '../helpers/paths';
import { getRealSiteDir } from '../helpers/site-files';

// The global setup builds the real survey (as without Chromium, so the site links no PDF) and then runs the build's
// printer on it, writing the PDF beside the site.
let pages: string[];
let survey: LoadedSurvey;
beforeAll(async () => {
	const pdf = await getDocumentProxy(
		new Uint8Array(readFileSync(join(getRealSiteDir(), '..', 'action-atlas.pdf'))),
	);
	pages = (await extractText(pdf, { mergePages: false })).text;
	survey = loadSurvey(repoRoot).survey!;
});

const normalise = (text: string) => text.replace(/\s+/g, ' ');

test('every chapter title is in the PDF, each on a page of its own chapter with its running head', () => {
	for (const chapter of survey.chapters) {
		const heading = `${chapter.data.order}. ${chapter.data.title}`;
		const page = pages.find((text) =>
			normalise(text).includes(`CHAPTER ${chapter.data.order} ${chapter.data.title}`),
		);
		expect(page, `a page opens chapter ${heading}`).toBeDefined();
		expect(normalise(page!)).toContain(heading);
	}
});

test('the bibliography has one numbered entry per cited paper, numbered 1 to N', () => {
	const cited = listCitationOrder([...survey.chapters, ...survey.papers].map(({ body }) => ({ body })));
	const start = pages.findIndex((text) => normalise(text).includes('Bibliography [1] '));
	expect(start).toBeGreaterThan(0);
	const bibliography = normalise(pages.slice(start).join('\n'));
	const numbers = [...bibliography.matchAll(/\[(\d+)\] /g)].map((match) => Number(match[1]));
	expect(numbers).toEqual(Array.from({ length: cited.length }, (_, index) => index + 1));
	expect(cited.length).toBeGreaterThan(10);
});

test('the page count is plausible: a title page, contents, chapters and a page or more per few notes', () => {
	const chapterWords = survey.chapters.reduce((sum, chapter) => sum + chapter.body.split(/\s+/).length, 0);
	const noteWords = survey.papers.reduce((sum, paper) => sum + paper.body.split(/\s+/).length, 0);
	// About 250 to 700 words fit an A4 page of this layout; tables and charts take more room.
	const words = chapterWords + noteWords;
	expect(pages.length).toBeGreaterThan(words / 700);
	expect(pages.length).toBeLessThan(words / 150 + 40);
	expect(normalise(pages[0]!)).toContain('Action Atlas');
	expect(normalise(pages.at(-1)!)).toMatch(/\d+ \/ \d+/);
});
