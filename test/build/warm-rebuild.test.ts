import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSurvey } from '../helpers/build-survey';
import { fixture, outputRoot } from '../helpers/paths';

// Notes rendered without MDX keep their HTML in the content cache, in a file named by its contents (note-loader.ts).
// A rebuild with that cache must show every edit: the edited note, and notes whose citations name a renamed paper.
const survey = join(outputRoot, 'warm-rebuild-survey');
const noteHtmlDir = join(outputRoot, 'warm-rebuild', 'cache', 'atlas-notes');
const edit = (file: string, from: string, to: string) => {
	const path = join(survey, 'content', 'papers', file);
	const text = readFileSync(path, 'utf8');
	expect(text).toContain(from);
	writeFileSync(path, text.replace(from, to));
};

/** What one build wrote, read before the next build replaces it. */
interface Snapshot {
	code: number;
	stderr: string;
	/** Paper pages by slug. */
	pages: Record<string, string>;
	/** The files of the note HTML cache. */
	cached: string[];
}
const build = async (warm: boolean): Promise<Snapshot> => {
	const result = await buildSurvey(survey, 'warm-rebuild', { warm });
	const page = (slug: string) =>
		result.code === 0 ? readFileSync(join(result.outDir, 'papers', slug, 'index.html'), 'utf8') : '';
	return {
		code: result.code,
		stderr: result.stderr,
		pages: Object.fromEntries(
			['alpha-planner', 'beta-learner', 'gamma-hybrid'].map((slug) => [slug, page(slug)]),
		),
		cached: readdirSync(noteHtmlDir),
	};
};
const citationsOfBeta = (html: string | undefined) =>
	[...(html ?? '').matchAll(/data-cite="beta-learner">([^<]*)</g)].map((match) => match[1]);

describe('a rebuild with the content cache of the previous build', () => {
	let cold: Snapshot;
	let renamed: Snapshot;
	let bodyOnly: Snapshot;
	let htmlLost: Snapshot;
	beforeAll(async () => {
		rmSync(survey, { recursive: true, force: true });
		cpSync(fixture('tiny-survey'), survey, { recursive: true });
		cold = await build(false);
		edit('alpha-planner.mdx', 'It is compared with Beta', 'It is contrasted with Beta');
		edit('beta-learner.mdx', 'name: Beta\n', 'name: Bravo\n');
		renamed = await build(true);
		edit('alpha-planner.mdx', 'It is contrasted with Beta', 'It is set against Beta');
		bodyOnly = await build(true);
		// The data store survives but the HTML it points to is gone (a cache cleaned by hand, or by another tool).
		rmSync(noteHtmlDir, { recursive: true });
		htmlLost = await build(true);
	});

	test('keeps the HTML of the notes rendered without MDX in one file of the cache', () => {
		expect(cold.code, cold.stderr).toBe(0);
		expect(cold.cached).toHaveLength(1);
		expect(citationsOfBeta(cold.pages['alpha-planner'])).toEqual(['Beta']);
	});

	test('shows the edited note and the new name in every note that cites the renamed paper', () => {
		expect(renamed.code, renamed.stderr).toBe(0);
		expect(renamed.pages['alpha-planner']).toContain('It is contrasted with Beta');
		expect(renamed.pages['alpha-planner']).not.toContain('It is compared with Beta');
		expect(citationsOfBeta(renamed.pages['alpha-planner'])).toEqual(['Bravo']);
		expect(citationsOfBeta(renamed.pages['gamma-hybrid'])).toEqual(['Bravo']);
		// Renaming a paper changes the citation labels in the config, so every note was rendered again; the old
		// file, which no note refers to any more, is gone.
		expect(renamed.cached).toHaveLength(1);
		expect(renamed.cached).not.toEqual(cold.cached);
	});

	test('renders only an edited note again when nothing else changed, and reads the others from the cache', () => {
		expect(bodyOnly.code, bodyOnly.stderr).toBe(0);
		expect(bodyOnly.cached).toHaveLength(2);
		expect(bodyOnly.cached).toEqual(expect.arrayContaining(renamed.cached));
		expect(bodyOnly.pages['alpha-planner']).toContain('It is set against Beta');
		expect(bodyOnly.pages['beta-learner']).toContain(
			'Beta learns a policy from demonstrations and runs it on a real robot arm.',
		);
		expect(bodyOnly.pages['beta-learner']).toBe(renamed.pages['beta-learner']);
		expect(bodyOnly.pages['gamma-hybrid']).toBe(renamed.pages['gamma-hybrid']);
	});

	test('renders the notes again when their cached HTML is gone, whatever the data store says', () => {
		expect(htmlLost.code, htmlLost.stderr).toBe(0);
		expect(htmlLost.cached).toHaveLength(1);
		expect(htmlLost.pages).toEqual(bodyOnly.pages);
	});
});
