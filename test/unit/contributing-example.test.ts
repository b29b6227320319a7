import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatDiagnostics } from '../../src/errors/diagnostic';
import { loadSurvey } from '../../src/survey/load-survey';
import { splitFrontmatter } from '../../src/survey/read-source';
import { outputRoot, repoRoot } from '../helpers/paths';

// CONTRIBUTING.md shows CodeAct's frontmatter as the example to copy. Pasted in place of codeact.mdx's own (the
// body kept), it must pass `npm run check` without an error: it once had "reasons:" twice.
test("CONTRIBUTING's example frontmatter is valid as pasted", () => {
	const guide = readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
	const example = /```yaml\n(---\ntitle: "Executable Code Actions[\s\S]*?\n---)\n```/.exec(guide)?.[1];
	expect(example).toBeDefined();
	mkdirSync(join(outputRoot, 'cases'), { recursive: true });
	const survey = mkdtempSync(join(outputRoot, 'cases', 'contributing-example-'));
	try {
		for (const part of ['survey.yaml', 'taxonomy', 'content'])
			cpSync(join(repoRoot, part), join(survey, part), { recursive: true });
		const note = join(survey, 'content', 'papers', 'codeact.mdx');
		const { body } = splitFrontmatter(readFileSync(note, 'utf8'))!;
		writeFileSync(note, `${example}\n${body}`);
		const errors = loadSurvey(survey).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
		expect(formatDiagnostics(errors)).toBe('0 errors, 0 warnings');
	} finally {
		rmSync(survey, { recursive: true, force: true });
	}
});
