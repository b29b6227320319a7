import { createRandom as createSeededRandom } from '../../bench/generate-survey';

/**
 * A seeded generator of damaged notes for the fuzz test: each damage is one thing a contributor, an editor or an
 * attacker could do to a note. Same seed, same notes.
 */

/** A deterministic pseudo-random source (the bench's mulberry32), with the draws the damages use. */
export function createRandom(seed: number) {
	const next = createSeededRandom(seed);
	const int = (max: number) => Math.floor(next() * max);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
	return { next, int, pick };
}

export type Random = ReturnType<typeof createRandom>;

/** What a damage may draw on: ids that exist in the survey, so some damages stay valid. */
export interface DamageContext {
	facets: readonly { id: string; terms: readonly string[] }[];
	benchmarks: readonly string[];
	slugs: readonly string[];
}

/** A note as text, or as raw bytes once an encoding damage has been applied. */
export type NoteContent = string | Buffer;

type Damage = (text: string, random: Random, context: DamageContext) => NoteContent;

const splitNote = (text: string) => {
	const end = text.indexOf('\n---', 4);
	return { frontmatter: text.slice(4, end), body: text.slice(end + 4) };
};
const joinNote = (frontmatter: string, body: string) => `---\n${frontmatter}\n---${body}`;
const editFrontmatter = (text: string, edit: (lines: string[]) => string[]) => {
	if (!text.startsWith('---\n') || text.indexOf('\n---', 4) < 0) return text;
	const { frontmatter, body } = splitNote(text);
	return joinNote(edit(frontmatter.split('\n')).join('\n'), body);
};
const topLevelKeys = (lines: readonly string[]) =>
	lines.flatMap((line, index) => (/^[a-z_]+:/.test(line) ? [index] : []));
const insertInBody = (text: string, random: Random, snippet: string) => {
	if (!text.startsWith('---\n') || text.indexOf('\n---', 4) < 0) return `${text}\n\n${snippet}\n`;
	const { frontmatter, body } = splitNote(text);
	const paragraphs = body.split('\n\n');
	paragraphs.splice(1 + random.int(paragraphs.length), 0, snippet);
	return joinNote(frontmatter, paragraphs.join('\n\n'));
};

const WRONG_VALUES = [
	'42',
	'true',
	'null',
	'[]',
	'{}',
	'[1, 2]',
	'{ a: 1 }',
	'""',
	'2024-13-45',
	"'x'",
	'-1e999',
];
const YAML_BREAKS = [
	'title: "unclosed',
	'  bad: indentation',
	'\tsummary: tab',
	'key: [unclosed',
	'a: b: c',
	'- stray item',
	'? complex',
];
const BODY_SNIPPETS = [
	'<script>alert(1)</script>',
	'<iframe src="https://example.org"></iframe>',
	'<style>body { display: none }</style>',
	'[click](javascript:alert(1))',
	'[data](data:text/html;base64,PHNjcmlwdD4=)',
	'<a href="javascript:alert(1)">x</a>',
	'<img src="x.png" onerror="alert(1)" />',
	'<div onClick="alert(1)">x</div>',
	'<div>unclosed',
	'a < b and c > d',
	'{1 + 1}',
	'{/* comment */}',
	'<!-- html comment -->',
	'export const x = 1;',
	"import fs from 'node:fs';",
	'<Unknown />',
	'<paperTable facet="domain" />',
	'} stray brace',
	'\u202eRTL override and \u200bzero width',
	'😀 emoji and 漢字 text',
	'    indented code with [@no-such-paper] inside',
	'```\nfenced [@no-such-paper] code\n```',
	'Text citing [@no-such-paper].',
	'<https://example.org/autolink>',
	'[ok](https://example.org)',
	`${'> '.repeat(40)}deep quote`,
	`${'word '.repeat(20_000)}`,
];

const component = (random: Random, context: DamageContext): string => {
	const facet = random.pick(context.facets);
	const valid = random.next() < 0.4;
	const term = valid
		? random.pick(facet.terms)
		: random.pick(['no-such-term', facet.terms[0]!.toUpperCase(), '']);
	const benchmark = valid ? random.pick(context.benchmarks) : random.pick(['nope', 'LIBERO', '']);
	return random.pick([
		`<PaperTable facet="${valid ? facet.id : 'no-such-facet'}" term="${term}" />`,
		`<PaperTable facet="${facet.id}" />`,
		`<PaperTable facet="${facet.id}" term="${term}" extra="1" />`,
		`<Leaderboard benchmark="${benchmark}" />`,
		`<Leaderboard benchmark="${benchmark}" level="${valid ? '2' : '9'}" />`,
		`<Timeline facet="${valid ? facet.id : 'nope'}" />`,
		'<Timeline facet />',
		`<Matrix rows="${facet.id}" cols="${valid ? random.pick(context.facets).id : 'nope'}" />`,
		`<Matrix rows="${facet.id}" />`,
		`<PaperTable facet="${facet.id}" term="${term}">children</PaperTable>`,
	]);
};

const DAMAGES: Record<string, Damage> = {
	'wrong type': (text, random) =>
		editFrontmatter(text, (lines) => {
			const index = random.pick(topLevelKeys(lines));
			const key = lines[index]!.split(':')[0]!;
			return lines.map((line, at) => (at === index ? `${key}: ${random.pick(WRONG_VALUES)}` : line));
		}),
	'missing field': (text, random) =>
		editFrontmatter(text, (lines) => {
			const keys = topLevelKeys(lines);
			const position = random.int(keys.length);
			const start = keys[position]!;
			const end = keys[position + 1] ?? lines.length;
			return [...lines.slice(0, start), ...lines.slice(end)];
		}),
	'unknown field': (text, random) =>
		editFrontmatter(text, (lines) => [...lines, `${random.pick(['titel', 'tags', 'abstract', 'x'])}: value`]),
	'broken yaml': (text, random) =>
		editFrontmatter(text, (lines) => {
			const at = random.int(lines.length + 1);
			return [...lines.slice(0, at), random.pick(YAML_BREAKS), ...lines.slice(at)];
		}),
	'yaml alias': (text) => editFrontmatter(text, (lines) => ['a: &a [x, x]', 'b: [*a, *a]', ...lines]),
	'unknown term': (text, random, context) =>
		editFrontmatter(text, (lines) => {
			const facet = random.pick(context.facets);
			return lines.map((line) =>
				line.startsWith(`  ${facet.id}:`) ? `  ${facet.id}: [${random.pick(facet.terms)}x]` : line,
			);
		}),
	'crlf line endings': (text) => text.replace(/\n/g, '\r\n'),
	'cr line endings': (text) => text.replace(/\n/g, '\r'),
	'mixed line endings': (text, random) => text.replace(/\n/g, () => (random.next() < 0.5 ? '\r\n' : '\n')),
	'latin-1 bytes': (text) => Buffer.from(`${text}\nCafé déjà vu.\n`, 'latin1'),
	'utf-16': (text) => Buffer.from(`\ufeff${text}`, 'utf16le'),
	'byte order mark': (text) => `\ufeff${text}`,
	'nul byte': (text, random) => insertInBody(text, random, 'a\u0000b'),
	'no frontmatter': (text) => splitNote(text).body,
	'body snippet': (text, random) => insertInBody(text, random, random.pick(BODY_SNIPPETS)),
	component: (text, random, context) => insertInBody(text, random, component(random, context)),
	'cite a paper': (text, random, context) =>
		insertInBody(text, random, `As in [@${random.pick(context.slugs)}].`),
	truncated: (text, random) => text.slice(0, random.int(text.length)),
	'long title': (text) =>
		editFrontmatter(text, (lines) =>
			lines.map((line) => (line.startsWith('title:') ? `title: "${'Long '.repeat(80)}"` : line)),
		),
};

const WHOLE_FILE = new Set([
	'crlf line endings',
	'cr line endings',
	'mixed line endings',
	'latin-1 bytes',
	'utf-16',
	'byte order mark',
	'no frontmatter',
	'truncated',
]);

/** The kinds of damage, for reporting what a run covered. */
export const DAMAGE_KINDS = Object.keys(DAMAGES);

/**
 * Damages a note: gives it a new, unique identity (title and arXiv id) so it never duplicates its original, then
 * applies one to three damages at random. Returns the content and the damages applied.
 */
export function damageNote(
	original: string,
	serial: number,
	random: Random,
	context: DamageContext,
): { content: NoteContent; damages: string[] } {
	let text = editFrontmatter(original, (lines) =>
		lines
			.filter((line) => !/^(?:arxiv|doi):/.test(line))
			.map((line) => (line.startsWith('title:') ? `title: "Fuzzed note ${serial}"` : line)),
	);
	const count = 1 + random.int(3);
	const damages = Array.from({ length: count }, () => random.pick(DAMAGE_KINDS));
	// Damages to the whole file (line endings, encodings, cuts) come last, so the others still find the frontmatter.
	damages.sort((a, b) => Number(WHOLE_FILE.has(a)) - Number(WHOLE_FILE.has(b)));
	for (const kind of damages) {
		const result = DAMAGES[kind]!(text, random, context);
		if (typeof result !== 'string') return { content: result, damages };
		text = result;
	}
	return { content: text, damages };
}
