import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatDiagnostics, hasErrors } from '../../src/errors/diagnostic';
import { toOverlayError } from '../../src/integration/dev-validation';
import { createSurveyChecker, loadSurvey, type SurveyLoad } from '../../src/survey/load-survey';
import { createRandom, type Random } from '../helpers/damage-note';
import { fixture, outputRoot } from '../helpers/paths';
import { listSiteFiles } from '../helpers/site-files';
import { listSurveyCases } from '../helpers/survey-case';

// `npm run dev` re-checks a saved note alone (createSurveyChecker); after any sequence of saves its result must be
// the one a whole check (loadSurvey) gives for the files as they are. The edits are drawn, seeded, from the files of
// the fixture cases (test/fixtures/invalid and accepted: each a mistake or an oddity laid over the tiny survey), from
// the tiny survey's own files (putting one back), and from notes deleted, copied under another slug (a duplicate)
// or renamed (citations and relations to it break).

/** One save: the files it writes (contents) or deletes (undefined), by path relative to the survey. */
type Edit = { label: string; files: Map<string, Buffer | undefined> };

const CASE_FILES = new Set(['case.md', 'expected.txt', 'remove.txt']);

/** Every file of every fixture case, as an edit that writes it; and every removal a case lists. */
function fixtureEdits(): Edit[] {
	const edits: Edit[] = [];
	for (const group of ['invalid', 'accepted'])
		for (const name of listSurveyCases(group)) {
			const dir = fixture(group, name);
			for (const path of listSiteFiles(dir).filter((path) => !CASE_FILES.has(path)))
				edits.push({
					label: `${group}/${name}: ${path}`,
					files: new Map([[path, readFileSync(join(dir, path))]]),
				});
			const removals = join(dir, 'remove.txt');
			if (existsSync(removals))
				for (const path of readFileSync(removals, 'utf8').split('\n').filter(Boolean))
					edits.push({ label: `${group}/${name}: remove ${path}`, files: new Map([[path, undefined]]) });
		}
	return edits;
}

const tiny = fixture('tiny-survey');
const tinyFiles = listSiteFiles(tiny);
const pool = fixtureEdits();

/** Draws the next edit for the survey in `dir`. */
function drawEdit(dir: string, { next, pick }: Random): Edit {
	const papers = existsSync(join(dir, 'content', 'papers'))
		? readdirSync(join(dir, 'content', 'papers')).filter((name) => name.endsWith('.mdx'))
		: [];
	const roll = next();
	if (roll < 0.45) return pick(pool);
	if (roll < 0.65) {
		const path = pick(tinyFiles);
		return { label: `restore ${path}`, files: new Map([[path, readFileSync(join(tiny, path))]]) };
	}
	if (papers.length === 0) return pick(pool);
	const paper = `content/papers/${pick(papers)}`;
	const text = readFileSync(join(dir, paper));
	if (roll < 0.75) return { label: `delete ${paper}`, files: new Map([[paper, undefined]]) };
	if (roll < 0.87)
		return { label: `copy ${paper}`, files: new Map([[paper.replace(/\.mdx$/, '-copy.mdx'), text]]) };
	const renamed = paper.replace(/([a-z0-9-]+)\.mdx$/, 'renamed-$1.mdx');
	return {
		label: `rename ${paper}`,
		files: new Map<string, Buffer | undefined>([
			[paper, undefined],
			[renamed, text],
		]),
	};
}

/** Writes and deletes an edit's files; returns their absolute paths, as the file watcher names them. */
function applyEdit(dir: string, edit: Edit): string[] {
	return [...edit.files].map(([path, contents]) => {
		const file = join(dir, path);
		if (contents === undefined) rmSync(file, { force: true, recursive: true });
		else {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, contents);
		}
		return file;
	});
}

/** What a contributor sees of a check: the terminal's report and, with errors, the overlay's payload. */
const seen = (dir: string, load: SurveyLoad) => ({
	terminal: formatDiagnostics(load.diagnostics),
	overlay: hasErrors(load.diagnostics) ? toOverlayError(dir, load.diagnostics) : undefined,
});

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function makeSurvey(): string {
	mkdirSync(join(outputRoot, 'cases'), { recursive: true });
	dir = mkdtempSync(join(outputRoot, 'cases', 'incremental-'));
	cpSync(tiny, dir, { recursive: true });
	return dir;
}

describe('a save re-checks what changed', () => {
	test('the edit pool holds note, chapter, taxonomy, benchmark and config edits', () => {
		const paths = pool.flatMap((edit) => [...edit.files.keys()]);
		for (const place of [
			/^content\/papers\//,
			/^content\/chapters\//,
			/^taxonomy\//,
			/^content\/benchmarks\//,
		])
			expect(paths.some((path) => place.test(path))).toBe(true);
		expect(paths).toContain('survey.yaml');
	});

	test.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])(
		'after every save of a seeded sequence (seed %i), the result is a whole check’s',
		(seed) => {
			const root = makeSurvey();
			const random = createRandom(seed);
			const checker = createSurveyChecker(root);
			expect(checker.current).toEqual(loadSurvey(root));
			const history: string[] = [];
			for (let step = 0; step < 15; step += 1) {
				const edit = drawEdit(root, random);
				history.push(edit.label);
				const incremental = checker.recheck(applyEdit(root, edit));
				const whole = loadSurvey(root);
				const context = `after: ${history.join(' → ')}`;
				expect(incremental.diagnostics, context).toEqual(whole.diagnostics);
				expect(seen(root, incremental), context).toEqual(seen(root, whole));
				expect([...incremental.outlines].sort(), context).toEqual([...whole.outlines].sort());
				expect(incremental.survey, context).toEqual(whole.survey);
				expect(incremental.settled, context).toEqual(whole.settled);
			}
		},
	);

	test('a note added or deleted without an event is picked up by the next re-check', () => {
		const root = makeSurvey();
		const checker = createSurveyChecker(root);
		const papers = join(root, 'content', 'papers');
		const [first] = readdirSync(papers).sort();
		writeFileSync(join(papers, 'unseen-copy.mdx'), readFileSync(join(papers, first!)));
		rmSync(join(papers, first!));
		const chapter = join(root, 'content', 'chapters', 'overview.mdx');
		const result = checker.recheck([chapter]);
		expect(result).toEqual(loadSurvey(root));
		expect(result.outlines.has('content/papers/unseen-copy.mdx')).toBe(true);
		expect(result.outlines.has(`content/papers/${first!}`)).toBe(false);
	});
});
