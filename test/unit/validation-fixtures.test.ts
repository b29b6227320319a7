import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostics, hasErrors } from '../../src/errors/diagnostic';
import { loadSurvey } from '../../src/survey/load-survey';
import { fixture } from '../helpers/paths';
import { listSurveyCases, makeSurveyCase } from '../helpers/survey-case';

/** Loads the survey of one case, with how many notes its folder holds, removing the folder afterwards. */
function loadCase(group: string, name: string) {
	const made = makeSurveyCase(group, name);
	try {
		const notes = readdirSync(join(made.dir, 'content', 'papers')).filter((file) => file.endsWith('.mdx'));
		return { ...loadSurvey(made.dir), noteCount: notes.length };
	} finally {
		made.remove();
	}
}

// Each bad-input case is the tiny survey with one mistake laid over it (test/helpers/survey-case.ts); `expected.txt`
// holds the exact report a contributor sees. Regenerate with UPDATE=1 and review the diff like any other change.
describe.each(listSurveyCases('invalid'))('invalid input: %s', (name) => {
	const { survey, diagnostics } = loadCase('invalid', name);
	const report = formatDiagnostics(diagnostics);

	test('is reported with the expected message', () => {
		const expectedFile = join(fixture('invalid', name), 'expected.txt');
		if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${report}\n`);
		expect(report).toBe(readFileSync(expectedFile, 'utf8').trimEnd());
	});

	test('is an error naming a file, a rule and a fix, with no stack trace, and nothing is published', () => {
		expect(hasErrors(diagnostics)).toBe(true);
		expect(survey).toBeUndefined();
		for (const diagnostic of diagnostics) {
			expect(diagnostic.file).toMatch(/\.(mdx|yaml)$/);
			expect(diagnostic.hint.length).toBeGreaterThan(10);
		}
		expect(report).not.toMatch(/\n\s+at .+:\d+/);
	});

	test('only the broken file is blamed: the good notes still validate', () => {
		const files = new Set(
			diagnostics
				.filter((diagnostic) => diagnostic.severity === 'error')
				.map((diagnostic) => diagnostic.file),
		);
		expect(files.size).toBe(1);
	});
});

describe.each(listSurveyCases('accepted'))('accepted input: %s', (name) => {
	test('validates without errors', () => {
		const { survey, diagnostics, noteCount } = loadCase('accepted', name);
		expect(formatDiagnostics(diagnostics.filter((diagnostic) => diagnostic.severity === 'error'))).toBe(
			'0 errors, 0 warnings',
		);
		// Every note of the case loads (the tiny survey's four, or the case's own).
		expect(noteCount).toBeGreaterThan(0);
		expect(survey?.papers).toHaveLength(noteCount);
	});
});
