import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostics, hasErrors } from '../../src/errors/diagnostic';
import { loadSurvey } from '../../src/survey/load-survey';
import { fixture } from '../helpers/paths';

const cases = (group: string) =>
	readdirSync(fixture(group), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();

// Each bad-input case is a copy of the tiny survey with one mistake; `expected.txt` holds the exact report a
// contributor sees. Regenerate with UPDATE=1 and review the diff like any other change.
describe.each(cases('invalid'))('invalid input: %s', (name) => {
	const dir = fixture('invalid', name);
	const { survey, diagnostics } = loadSurvey(dir);
	const report = formatDiagnostics(diagnostics);

	test('is reported with the expected message', () => {
		const expectedFile = join(dir, 'expected.txt');
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

describe.each(cases('accepted'))('accepted input: %s', (name) => {
	test('validates without errors', () => {
		const { survey, diagnostics } = loadSurvey(fixture('accepted', name));
		expect(formatDiagnostics(diagnostics.filter((diagnostic) => diagnostic.severity === 'error'))).toBe(
			'0 errors, 0 warnings',
		);
		expect(survey?.papers).toHaveLength(4);
	});
});
