/**
 * Imports under src/ run one way (README, "How the folders map to concepts"): every file's relative imports are
 * parsed (TypeScript's scanner for .ts, Astro's compiler for .astro) and checked against the matrix below.
 */
import { parse as parseAstro } from '@astrojs/compiler-rs';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

const SRC = join(repoRoot, 'src');

/**
 * For each area of src/, the other areas its files may import. An area may always import its own files.
 * `content-config` is src/content.config.ts, Astro's entry point for the content layer.
 */
const ALLOWED: Record<string, readonly string[]> = {
	schemas: [],
	errors: [],
	styles: [],
	lib: ['schemas', 'errors'],
	markdown: ['lib', 'schemas', 'errors'],
	'survey/checks': ['lib', 'schemas', 'errors'],
	survey: ['survey/checks', 'lib', 'schemas', 'errors'],
	// The commands refuse a duplicate paper with the check `npm run check` runs (find-duplicate-papers).
	cli: ['survey', 'survey/checks', 'lib', 'schemas', 'errors'],
	integration: ['survey', 'markdown', 'lib', 'schemas', 'errors'],
	// The content config wires the renderer of paper notes into its loader, as the integration wires Astro's.
	'content-config': ['survey', 'markdown', 'schemas'],
	// The HTML of rendered notes is read from the content cache where the loader (survey/) wrote it.
	data: ['lib', 'schemas', 'survey'],
	// Shipped to the browser: see BROWSER_AREAS below for what may reach it.
	scripts: ['lib'],
	// Embeddable components check their attributes with the rule `npm run check` applies to notes
	// (survey/checks/check-component-props.ts), so a use the check accepted renders. The checks are pure code.
	components: ['scripts', 'data', 'survey/checks', 'lib', 'schemas', 'styles'],
	layouts: ['components', 'scripts', 'data', 'lib', 'schemas', 'styles'],
	pages: ['layouts', 'components', 'scripts', 'data', 'lib', 'schemas'],
};

/** Areas whose code may end up in a browser bundle, directly or through what scripts/ imports. */
const BROWSER_AREAS = new Set(['scripts', 'lib']);

/** Areas allowed to touch the file system: survey reads the survey; the CLI reads a BibTeX file and writes the new
 * note; the integration removes a half-written dist/. */
const FILE_SYSTEM_AREAS = new Set(['survey', 'cli', 'integration']);

interface ImportEdge {
	from: string;
	specifier: string;
	/** The imported file, relative to src/, for relative specifiers that resolve to a file. */
	target?: string;
}

function listFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		return entry.isDirectory() ? listFiles(path) : [relative(SRC, path).split('\\').join('/')];
	});
}

const known = new Set(listFiles(SRC));
/** The files whose imports are checked, relative to src/. */
const files = [...known].filter((file) => /\.(ts|astro|mjs)$/.test(file));

function areaOf(file: string): string {
	if (file === 'content.config.ts') return 'content-config';
	if (file.startsWith('survey/checks/')) return 'survey/checks';
	return file.split('/')[0]!;
}

function readSpecifiers(file: string): string[] {
	const path = join(SRC, file);
	const text = readFileSync(path, 'utf8');
	if (!path.endsWith('.astro'))
		return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
	const found: string[] = [];
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(walk);
		if (typeof node !== 'object' || node === null) return;
		const record = node as Record<string, unknown>;
		const source = record['source'] as { value?: unknown } | null | undefined;
		if (
			['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(
				String(record['type']),
			) &&
			typeof source?.value === 'string'
		)
			found.push(source.value);
		for (const [key, value] of Object.entries(record)) if (key !== 'parent') walk(value);
	};
	walk(parseAstro(text).ast);
	return found;
}

function resolveTarget(from: string, specifier: string): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const base = relative(SRC, resolve(dirname(join(SRC, from)), specifier))
		.split('\\')
		.join('/');
	return ['', '.ts', '/index.ts'].map((ext) => base + ext).find((path) => known.has(path));
}

const edges: ImportEdge[] = files.flatMap((from) => {
	return readSpecifiers(from).map((specifier) => {
		const target = resolveTarget(from, specifier);
		return target === undefined ? { from, specifier } : { from, specifier, target };
	});
});

const describeEdge = (edge: ImportEdge) => `src/${edge.from} imports '${edge.specifier}'`;

describe('imports under src/', () => {
	it('finds the imports it checks', () => {
		// Guards against a parser that silently finds nothing, which would make every check below pass.
		expect(edges.filter((edge) => edge.target).length).toBeGreaterThan(200);
		expect(edges).toContainEqual({
			from: 'layouts/BaseLayout.astro',
			specifier: '../components/SiteHeader.astro',
			target: 'components/SiteHeader.astro',
		});
	});

	it('stay inside src/ and resolve to a file', () => {
		const offending = edges
			.filter((edge) => edge.specifier.startsWith('.') && edge.target === undefined)
			.map(describeEdge);
		expect(offending).toEqual([]);
	});

	it('run one way between folders', () => {
		const areas = new Set([...known].map(areaOf));
		expect([...areas].filter((area) => !(area in ALLOWED))).toEqual([]);
		const offending = edges
			.filter((edge) => edge.target !== undefined)
			.filter((edge) => {
				const from = areaOf(edge.from);
				const to = areaOf(edge.target!);
				return from !== to && !(ALLOWED[from] ?? []).includes(to);
			})
			.map((edge) => `${describeEdge(edge)}: ${areaOf(edge.from)} may not import ${areaOf(edge.target!)}`);
		expect(offending).toEqual([]);
	});

	it('keep server-only code out of what the browser loads', () => {
		const outgoing = Map.groupBy(edges, (edge) => edge.from);
		const reached = new Set(files.filter((file) => areaOf(file) === 'scripts'));
		for (const file of reached)
			for (const edge of outgoing.get(file) ?? []) if (edge.target) reached.add(edge.target);
		const offending = [...reached].flatMap((file) => [
			...(BROWSER_AREAS.has(areaOf(file)) ? [] : [`src/${file} is reached from src/scripts/`]),
			...(outgoing.get(file) ?? [])
				.filter((edge) => edge.specifier.startsWith('node:') || edge.specifier.startsWith('astro:'))
				.map((edge) => `${describeEdge(edge)}, which the browser cannot load`),
		]);
		expect(offending).toEqual([]);
	});

	it('name the file they import in TypeScript modules, so Node loads astro.config.mjs without Vite', () => {
		// Astro imports the config natively first and falls back to a Vite server when that fails: with every relative
		// import of a .ts file naming its extension, Node's type stripping loads the integration half a second sooner.
		const offending = edges
			.filter((edge) => edge.from.endsWith('.ts') && edge.target?.endsWith('.ts'))
			.filter((edge) => !edge.specifier.endsWith('.ts'))
			.map(describeEdge);
		expect(offending).toEqual([]);
	});

	it('touch the file system only in survey, cli and integration', () => {
		const offending = edges
			.filter((edge) => /^(node:)?fs(\/promises)?$/.test(edge.specifier))
			.filter((edge) => !FILE_SYSTEM_AREAS.has(areaOf(edge.from)))
			.map(describeEdge);
		expect(offending).toEqual([]);
	});
});
