import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, outputRoot } from './paths';

/** Files in a case folder that describe the case rather than change the survey. */
const CASE_FILES = new Set(['case.md', 'expected.txt', 'remove.txt']);

/** The case folders of a group, such as `invalid` or `accepted`, sorted by name. */
export function listSurveyCases(group: string): string[] {
	return readdirSync(fixture(group), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

/**
 * Makes the survey of one case: a copy of the tiny survey with the case's files laid over it (same paths, replacing
 * or adding) and the paths listed in its `remove.txt` taken away. Each case thus holds only its own mistake, and a
 * change to the tiny survey reaches every case. Returns the folder and a function that removes it.
 */
export function makeSurveyCase(group: string, name: string): { dir: string; remove: () => void } {
	const overlay = fixture(group, name);
	// Inside the checkout (test/.output, ignored by git): Astro builds only surveys below the project folder.
	mkdirSync(join(outputRoot, 'cases'), { recursive: true });
	const dir = mkdtempSync(join(outputRoot, 'cases', `${group}-${name}-`));
	cpSync(fixture('tiny-survey'), dir, { recursive: true });
	for (const entry of readdirSync(overlay, { withFileTypes: true })) {
		if (CASE_FILES.has(entry.name)) continue;
		cpSync(join(overlay, entry.name), join(dir, entry.name), { recursive: true });
	}
	const removals = join(overlay, 'remove.txt');
	if (existsSync(removals))
		for (const path of readFileSync(removals, 'utf8').split('\n').filter(Boolean))
			rmSync(join(dir, path), { recursive: true });
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
