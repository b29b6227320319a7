import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildSurvey } from '../helpers/build-survey';
import { makeSurveyCase } from '../helpers/survey-case';

test('a note with an unknown term stops the build with the file, field and closest term, and publishes nothing', async () => {
	const made = makeSurveyCase('invalid', 'unknown-term');
	const build = await buildSurvey(made.dir, 'invalid-unknown-term').finally(made.remove);
	expect(build.code).toBe(1);
	const output = build.stdout + build.stderr;
	expect(output).toContain('content/papers/');
	expect(output).toContain('"taxonomy.method"');
	expect(output).toContain('Did you mean "tree-search"?');
	expect(output).toContain('(unknown-term)');
	expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
	expect(existsSync(build.outDir)).toBe(false);
});
