import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadSurvey } from '../../src/survey/load-survey';
import { fixture } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'atlas-placeholder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a scaffolded note whose placeholders were left in validates, with a warning for each', () => {
	cpSync(fixture('tiny-survey'), dir, { recursive: true });
	writeFileSync(
		join(dir, 'content', 'papers', 'fresh.mdx'),
		'---\ntitle: A Fresh Paper\nauthors: [Ann Example]\ndate: 2026-03\nsummary: "TODO: one sentence on what the paper contributes."\ntaxonomy:\n  method: [learning]\nadded: 2026-11-24\n---\n\n## TL;DR\n\n_Two or three sentences: what the paper does and why it matters._\n',
	);
	const { survey, diagnostics } = loadSurvey(dir);
	expect(survey).toBeDefined();
	expect(
		diagnostics
			.filter((diagnostic) => diagnostic.file === 'content/papers/fresh.mdx')
			.map((diagnostic) => [diagnostic.rule, diagnostic.severity, diagnostic.line]),
	).toEqual([
		['placeholder', 'warning', 5],
		['placeholder', 'warning', 13],
	]);
});
