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
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostics, type Diagnostic } from '../../src/errors/diagnostic';
import { loadSurvey } from '../../src/survey/load-survey';
import { buildSurvey } from '../helpers/build-survey';
import { createRandom, DAMAGE_KINDS, damageNote, type DamageContext } from '../helpers/damage-note';
import { repoRoot } from '../helpers/paths';

// Seeded, so a failure can be replayed: FUZZ_SEED=<seed> npx vitest run test/build/fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const COUNT = Number(process.env.FUZZ_NOTES ?? 300);

// The real survey's taxonomy, benchmarks and notes, plus damaged copies of its notes.
const root = mkdtempSync(join(tmpdir(), 'atlas-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const part of ['survey.yaml', 'taxonomy', join('content', 'papers'), join('content', 'benchmarks')])
	cpSync(join(repoRoot, part), join(root, part), { recursive: true });
mkdirSync(join(root, 'content', 'chapters'), { recursive: true });

const papers = join(root, 'content', 'papers');
const originals = readdirSync(papers)
	.filter((name) => name.endsWith('.mdx'))
	.sort();
const { survey: real } = loadSurvey(root);
const context: DamageContext = {
	facets: real!.facets.map((facet) => ({ id: facet.id, terms: facet.terms.map((term) => term.id) })),
	benchmarks: [...real!.benchmarks.keys()],
	slugs: real!.papers.map((paper) => paper.slug),
};
const random = createRandom(SEED);
const fuzzed = Array.from({ length: COUNT }, (_, serial) => {
	const base = random.pick(originals);
	const slug = `fuzz-${String(serial).padStart(3, '0')}-${basename(base, '.mdx')}`;
	const { content, damages } = damageNote(readFileSync(join(papers, base), 'utf8'), serial, random, context);
	writeFileSync(join(papers, `${slug}.mdx`), content);
	return { slug, file: `content/papers/${slug}.mdx`, damages };
});
// Every rule id the catalogue can produce, read from its source.
const RULES = new Set(
	[
		...readFileSync(join(repoRoot, 'src', 'errors', 'catalogue.ts'), 'utf8').matchAll(/rule: '([a-z-]+)'/g),
	].map((match) => match[1]!),
);

describe(`${COUNT} damaged notes (seed ${SEED})`, () => {
	let diagnostics: Diagnostic[] = [];
	let threw: unknown;
	try {
		diagnostics = loadSurvey(root).diagnostics;
	} catch (error) {
		threw = error;
	}
	const rejected = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
	const accepted = fuzzed.filter((note) => !rejected.has(note.file));

	test('check never crashes: every problem is a catalogue message with its file and no stack trace', () => {
		expect(threw).toBeUndefined();
		for (const diagnostic of diagnostics) {
			expect(RULES, diagnostic.rule).toContain(diagnostic.rule);
			expect(diagnostic.file).toMatch(/^content\/papers\/[^/]+\.mdx$/);
			if (diagnostic.line !== undefined) expect(diagnostic.line).toBeGreaterThan(0);
		}
		expect(formatDiagnostics(diagnostics)).not.toMatch(/\n\s+at .+:\d+:\d+/);
		// Only damaged notes are blamed: the originals stay valid whatever is added beside them.
		expect([...rejected].filter((file) => !file.startsWith('content/papers/fuzz-'))).toEqual([]);
		// The generator covers every kind of damage, and both outcomes occur.
		expect(new Set(fuzzed.flatMap((note) => note.damages))).toEqual(new Set(DAMAGE_KINDS));
		expect(rejected.size).toBeGreaterThan(COUNT / 4);
		expect(accepted.length).toBeGreaterThan(COUNT / 10);
	});

	test('every note check accepts builds, safely', async () => {
		for (const file of rejected) rmSync(join(root, file));
		const again = loadSurvey(root).diagnostics.filter((d) => d.severity === 'error');
		expect(formatDiagnostics(again)).toBe(formatDiagnostics([]));

		const build = await buildSurvey(root, 'fuzz');
		expect(build.code, `${build.stdout}\n${build.stderr}`.slice(-4000)).toBe(0);
		for (const note of accepted) {
			const page = join(build.outDir, 'papers', note.slug, 'index.html');
			expect(existsSync(page), `${note.slug} (${note.damages.join(', ')})`).toBe(true);
			const html = readFileSync(page, 'utf8');
			expect(html, note.slug).not.toMatch(/javascript:|<iframe|\son(?:error|click|load)=/i);
		}
	}, 300_000);
});
