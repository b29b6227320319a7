import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../src/errors/diagnostic';
import { loadSurvey } from '../../src/survey/load-survey';
import { fixture } from '../helpers/paths';

// Every kind of hostile file at once, beside a note with an ordinary mistake: each gets its own message, none stops
// the others from being checked, and nothing throws.
const root = mkdtempSync(join(tmpdir(), 'atlas-robust-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(fixture('tiny-survey'), root, { recursive: true });
const papers = join(root, 'content', 'papers');
const beta = readFileSync(join(papers, 'beta-learner.mdx'), 'utf8');
const variant = (slug: string, text: string) =>
	writeFileSync(join(papers, `${slug}.mdx`), text.replace('Beta Learner', slug));
const aliases = Array.from(
	{ length: 8 },
	(_, level) =>
		`l${level}: &l${level} [${Array(9)
			.fill(level === 0 ? '"lol"' : `*l${level - 1}`)
			.join(', ')}]`,
).join('\n');
variant('alias-bomb', beta.replace('---\n', `---\n${aliases}\n`));
variant(
	'deep-yaml',
	beta.replace('summary:', `deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\nsummary:`),
);
variant('deep-markdown', `${beta}\n${'> '.repeat(50_000)}Deep.\n`);
variant(
	'deep-list',
	`${beta}\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`,
);
variant('old-mac', beta.replace(/\n/g, '\r'));
variant('huge', `${beta}\n${'A long paragraph of pasted text. '.repeat(12_000)}\n`);
writeFileSync(join(papers, 'latin1.mdx'), Buffer.from(beta.replace('Beta Learner', 'Caf\u00e9'), 'latin1'));
variant('windows', beta.replace(/\n/g, '\r\n').replace('[learning]', '[learnin]'));

describe('hostile files', () => {
	const started = performance.now();
	const { diagnostics } = loadSurvey(root);
	const seconds = (performance.now() - started) / 1000;
	const rulesOf = (slug: string) =>
		diagnostics.filter((d) => d.file === `content/papers/${slug}.mdx`).map((d) => d.rule);

	test('each gets one catalogue message with its place, quickly, and no stack trace', () => {
		expect(rulesOf('alias-bomb')).toEqual(['yaml-alias']);
		expect(rulesOf('deep-yaml')).toEqual(['yaml-too-deep']);
		expect(rulesOf('deep-markdown')).toEqual(['markdown-too-deep']);
		expect(rulesOf('deep-list')).toEqual(['markdown-too-deep']);
		expect(rulesOf('old-mac')).toEqual(['line-endings']);
		expect(rulesOf('huge')).toEqual(['file-too-large']);
		expect(rulesOf('latin1')).toEqual(['file-encoding']);
		expect(formatDiagnostics(diagnostics)).not.toMatch(/\n\s+at .+:\d+/);
		expect(seconds).toBeLessThan(10);
	});

	test('the other notes are still checked, Windows line endings included', () => {
		expect(rulesOf('windows')).toContain('unknown-term');
		expect(diagnostics.find((d) => d.file === 'content/papers/windows.mdx')?.line).toBe(8);
	});
});
