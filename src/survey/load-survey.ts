import { existsSync, readdirSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import type { z } from 'astro/zod';
import {
	duplicatePaper,
	editorialProblems,
	problems,
	type LocatedProblem,
	type Problem,
} from '../errors/catalogue.ts';
import type { Diagnostic } from '../errors/diagnostic.ts';
import { hasErrors } from '../errors/diagnostic.ts';
import { checkAttributeDeclarations, checkPaperAttributes } from './checks/check-attributes.ts';
import {
	checkChapterProse,
	checkNoteFields,
	checkNoteProse,
	checkTermDefinitions,
	findUncitedPapers,
} from './checks/check-editorial.ts';
import { checkFacet } from './checks/check-facet.ts';
import { checkNoteBody } from './checks/check-note-body.ts';
import { checkRelations, indexRelationTargets } from './checks/check-relations.ts';
import { checkResults } from './checks/check-results.ts';
import { checkReasons, checkRuleReferences, checkTaggingRules } from './checks/check-tagging-rules.ts';
import { BenchmarkSchema, type Benchmark } from '../schemas/benchmark.ts';
import { findDuplicatePapers } from './checks/find-duplicate-papers.ts';
import { parseNote, type NoteOutline, type ParsedNote } from '../lib/notes/parse-note.ts';
import { resolvePaperTerms, type PaperTerms } from '../lib/taxonomy/resolve-paper-terms.ts';
import { resolveReasons, type PaperReasons } from '../lib/taxonomy/resolve-paper-reasons.ts';
import { suggestClosest } from '../lib/text/suggest-closest.ts';
import { buildTaxonomyIndex, type TaxonomyIndex } from '../lib/taxonomy/taxonomy-index.ts';
import { slugify } from '../lib/text/slugify.ts';
import { ChapterSchema, type ChapterData } from '../schemas/chapter.ts';
import { FacetSchema, type Facet } from '../schemas/facet.ts';
import { KEBAB_ID } from '../schemas/ids.ts';
import { PaperSchema, type PaperData } from '../schemas/paper.ts';
import { SurveyConfigSchema, type Attribute, type SurveyConfig } from '../schemas/survey-config.ts';
import {
	MAX_FILE_BYTES,
	MAX_YAML_DEPTH,
	parseYaml,
	readSource,
	splitFrontmatter,
	type ParsedYaml,
	type SourceText,
} from './read-source.ts';
import { checkComponentProps } from './checks/check-component-props.ts';
import { MDX_COMPONENT_NAMES, type MdxComponentName } from '../lib/notes/mdx-components.ts';
import { zodIssuesToProblems } from './zod-problems.ts';
import { resolveSurveyPaths } from './survey-paths.ts';

/** A paper note that passed every check. */
export interface LoadedPaper {
	slug: string;
	/** Path relative to the survey root. */
	file: string;
	data: PaperData;
	terms: PaperTerms;
	/** The note's reasons keyed by its current term ids. */
	reasons: PaperReasons;
	body: string;
	bodyLine: number;
	/** Citations, links and components of the body, read from its one parse. */
	outline: NoteOutline;
}

/** A chapter that passed every check. */
export interface LoadedChapter {
	slug: string;
	file: string;
	data: ChapterData;
	body: string;
	bodyLine: number;
	/** Citations, links and components of the body, read from its one parse. */
	outline: NoteOutline;
}

/** A whole survey, validated. */
export interface LoadedSurvey {
	root: string;
	config: SurveyConfig;
	facets: Facet[];
	index: TaxonomyIndex;
	papers: LoadedPaper[];
	chapters: LoadedChapter[];
	/** Benchmark id → benchmark. */
	benchmarks: Map<string, Benchmark>;
}

/** What {@link loadSurvey} returns. */
export interface SurveyLoad {
	/** The survey, only when there is no error. */
	survey?: LoadedSurvey;
	/**
	 * What validation settled even when there are errors, whenever `survey.yaml` is valid: the notes that could be
	 * checked, their terms without the ones in error. `astro dev` shows it while a contributor fixes the errors;
	 * without errors it is `survey`.
	 */
	settled?: LoadedSurvey;
	diagnostics: Diagnostic[];
	/**
	 * The outline of every note whose body parsed, by path relative to the survey root, even when the survey has
	 * errors: the link check reads a note's addresses from here instead of parsing it again.
	 */
	outlines: ReadonlyMap<string, NoteOutline>;
}

/**
 * Reads and validates every file of a survey: config, taxonomy, paper notes and chapters. Each file is read once and
 * each note's body parsed once; its checks, citations and links all read that tree. It never stops at the first
 * problem; the survey is returned only when there is no error.
 *
 * It runs in stages, each with its own problems: the config, the taxonomy, the attributes the config declares, the
 * benchmarks, the notes, and the checks across notes. A stage takes what the earlier ones found, and its problems
 * follow theirs.
 */
export function loadSurvey(root: string): SurveyLoad {
	const paths = resolveSurveyPaths(root);
	const settings = loadConfig(root, paths.config);
	const taxonomy = loadTaxonomy(root, paths, settings);
	const declared = checkDeclaredAttributes(root, paths.config, settings);
	const { benchmarks, diagnostics: benchmarkProblems } = loadBenchmarks(root, paths.benchmarks);
	const notes = loadNotes(root, paths, {
		config: settings.config,
		index: taxonomy.index,
		taxonomyBroken: taxonomy.broken,
		attributes: declared.attributes,
		benchmarks,
	});
	const diagnostics = [
		...settings.diagnostics,
		...taxonomy.diagnostics,
		...declared.diagnostics,
		...benchmarkProblems,
		...notes.diagnostics,
		...crossCheckNotes(root, settings.config, notes),
	];
	const { config } = settings;
	const { facets, index } = taxonomy;
	const { papers, chapters, outlines } = notes;
	if (!config) return { diagnostics, outlines };
	papers.sort((a, b) => a.slug.localeCompare(b.slug));
	chapters.sort((a, b) => a.data.order - b.data.order);
	const settled = { root, config, facets, index, papers, chapters, benchmarks };
	return hasErrors(diagnostics)
		? { settled, diagnostics, outlines }
		: { survey: settled, settled, diagnostics, outlines };
}

/** The problems one stage found, and the ways it records them. Files are absolute; diagnostics name them from the root. */
interface StageReport {
	diagnostics: Diagnostic[];
	/** Problems located by a data path, placed by the file's parsed YAML when there is one. */
	report: Reporter;
	/** One problem at a line and column, or of the whole file. */
	reportAt: PlaceReporter;
	/** Runs `read`: one file the checker cannot follow is reported as an error of that file; the others are still checked. */
	guard: <T>(file: string, read: () => T) => T | undefined;
}

function startReport(root: string): StageReport {
	const diagnostics: Diagnostic[] = [];
	const report: Reporter = (file, located, yaml) => {
		for (const { problem, path } of located)
			diagnostics.push({ file: relativeTo(root, file), ...(yaml ? yaml.locate(path) : {}), ...problem });
	};
	const reportAt: PlaceReporter = (file, problem, place = {}) =>
		void diagnostics.push({ file: relativeTo(root, file), ...place, ...problem });
	const guard = <T>(file: string, read: () => T): T | undefined => {
		try {
			return read();
		} catch (error) {
			reportAt(file, problems.fileNotChecked(describeFailure(error)));
			return undefined;
		}
	};
	return { diagnostics, report, reportAt, guard };
}

type SurveyPaths = ReturnType<typeof resolveSurveyPaths>;

const relativeTo = (root: string, file: string) => relative(root, file).split('\\').join('/');

/** The config stage: `survey.yaml`, read and parsed once; its parse places later problems of the file too. */
interface ConfigStage {
	config: SurveyConfig | undefined;
	yaml: ParsedYaml | undefined;
	diagnostics: Diagnostic[];
}

function loadConfig(root: string, file: string): ConfigStage {
	const out = startReport(root);
	if (!existsSync(file)) {
		out.reportAt(file, problems.missingSurveyConfig());
		return { config: undefined, yaml: undefined, diagnostics: out.diagnostics };
	}
	const read = out.guard(file, () => readYamlFile(file, SurveyConfigSchema, out));
	return { config: read?.data, yaml: read?.yaml, diagnostics: out.diagnostics };
}

/** The taxonomy stage: the facet files, checked alone, against the config's list of facets and against each other. */
interface TaxonomyStage {
	facets: Facet[];
	index: TaxonomyIndex;
	/** Whether the config or the taxonomy has an error: notes are then not checked against it. */
	broken: boolean;
	diagnostics: Diagnostic[];
}

function loadTaxonomy(root: string, paths: SurveyPaths, settings: ConfigStage): TaxonomyStage {
	const out = startReport(root);
	const facets: Facet[] = [];
	const facetSources: { facet: Facet; file: string; yaml: ParsedYaml }[] = [];
	const facetFiles = listFiles(paths.taxonomy, '.yaml');
	for (const file of facetFiles) {
		const read = out.guard(file, () => readYamlFile(file, FacetSchema, out));
		const facet = read?.data;
		if (!facet) continue;
		out.report(
			file,
			[...checkFacet(facet, basename(file, '.yaml')), ...checkTermDefinitions(facet)],
			read.yaml,
		);
		facets.push(facet);
		facetSources.push({ facet, file, yaml: read.yaml });
	}
	const facetIds = facetFiles.map((file) => basename(file, '.yaml'));
	if (settings.config && settings.yaml) checkFacetList(out, paths, settings.config, settings.yaml, facetIds);
	const index = buildTaxonomyIndex(facets, settings.config?.facets ?? facetIds);
	const failed = () => hasErrors(settings.diagnostics) || hasErrors(out.diagnostics);
	// A facet file that failed to load is already reported; checking rules against the rest would blame its absence.
	if (!failed())
		for (const { facet, file, yaml } of facetSources)
			out.report(file, checkRuleReferences(facet, index), yaml);
	return { facets, index, broken: failed(), diagnostics: out.diagnostics };
}

// Every facet the config lists has its file, and every facet file is listed.
function checkFacetList(
	out: StageReport,
	paths: SurveyPaths,
	config: SurveyConfig,
	configYaml: ParsedYaml,
	facetIds: readonly string[],
): void {
	for (const id of config.facets) {
		if (!facetIds.includes(id))
			out.reportAt(
				paths.config,
				problems.missingFacetFile(id, suggestClosest(id, facetIds)),
				configYaml.locate(['facets', config.facets.indexOf(id)]),
			);
	}
	for (const id of facetIds)
		if (!config.facets.includes(id))
			out.reportAt(join(paths.taxonomy, `${id}.yaml`), problems.unlistedFacet(id));
}

/** The attributes the config declares, checked after the taxonomy (whose checks judge the config's reading alone). */
function checkDeclaredAttributes(
	root: string,
	file: string,
	settings: ConfigStage,
): { attributes: Attribute[] | undefined; diagnostics: Diagnostic[] } {
	const out = startReport(root);
	// With a broken declaration every note's values would look wrong too; report the declaration alone.
	const attributeProblems = settings.config ? checkAttributeDeclarations(settings.config.attributes) : [];
	if (attributeProblems.length > 0) out.report(file, attributeProblems, settings.yaml);
	const attributes = attributeProblems.length > 0 ? undefined : settings.config?.attributes;
	return { attributes, diagnostics: out.diagnostics };
}

/** The benchmark stage: each benchmark file, by its slug. */
function loadBenchmarks(
	root: string,
	dir: string,
): { benchmarks: Map<string, Benchmark>; diagnostics: Diagnostic[] } {
	const out = startReport(root);
	const benchmarks = new Map<string, Benchmark>();
	for (const file of listFiles(dir, '.yaml')) {
		const slug = checkSlug(file, '.yaml', out);
		const benchmark = out.guard(file, () => readYamlFile(file, BenchmarkSchema, out))?.data;
		if (benchmark) benchmarks.set(slug, benchmark);
	}
	return { benchmarks, diagnostics: out.diagnostics };
}

// A file's name is its slug, which must be kebab-case.
function checkSlug(file: string, extension: string, out: StageReport): string {
	const slug = basename(file, extension);
	if (!KEBAB_ID.test(slug)) out.reportAt(file, problems.invalidSlug(slug, slugify(slug)));
	return slug;
}

/** What the notes are checked against: the earlier stages' results. */
interface NoteContext {
	config: SurveyConfig | undefined;
	index: TaxonomyIndex;
	taxonomyBroken: boolean;
	/** The declared attributes, unless their declaration is broken. */
	attributes: Attribute[] | undefined;
	benchmarks: Map<string, Benchmark>;
}

/** The note stage: every paper note and chapter, each checked on its own. */
interface NoteStage {
	papers: LoadedPaper[];
	chapters: LoadedChapter[];
	/** The slug of every paper file, its frontmatter valid or not. */
	slugs: string[];
	/** The parsed frontmatter of each paper checked, by slug, to place the cross-checks' problems. */
	frontmatterOf: Map<string, ParsedYaml>;
	outlines: Map<string, NoteOutline>;
	diagnostics: Diagnostic[];
}

function loadNotes(root: string, paths: SurveyPaths, context: NoteContext): NoteStage {
	const out = startReport(root);
	const outlines = new Map<string, NoteOutline>();
	const readNote = <T extends z.ZodType>(file: string, schema: T) => {
		const note = out.guard(file, () => readNoteFile(file, schema, out));
		if (note?.parsed) outlines.set(relativeTo(root, file), outlineOf(note.parsed));
		return note?.data === undefined
			? undefined
			: { ...note, data: note.data, outline: outlineOf(note.parsed) };
	};

	const paperFiles = listFiles(paths.papers, '.mdx');
	const papers: LoadedPaper[] = [];
	const frontmatterOf = new Map<string, ParsedYaml>();
	for (const file of paperFiles) {
		const slug = checkSlug(file, '.mdx', out);
		const note = readNote(file, PaperSchema);
		if (!note) continue;
		// With a broken taxonomy every term would look unknown; report the taxonomy alone.
		if (context.taxonomyBroken) continue;
		checkComponents(file, note.outline, context, out);
		frontmatterOf.set(slug, note.yaml);
		const terms = checkPaper(file, note, context, out);
		const { data, body, bodyLine, outline } = note;
		const reasons = resolveReasons(data.reasons, terms, context.index);
		papers.push({ slug, file: relativeTo(root, file), data, terms, reasons, body, bodyLine, outline });
	}

	const chapters: LoadedChapter[] = [];
	for (const file of listFiles(paths.chapters, '.mdx')) {
		const slug = checkSlug(file, '.mdx', out);
		const note = readNote(file, ChapterSchema);
		if (!note) continue;
		checkComponents(file, note.outline, context, out);
		checkChapter(file, note, chapters, context, out);
		const { data, body, bodyLine, outline } = note;
		chapters.push({ slug, file: relativeTo(root, file), data, body, bodyLine, outline });
	}
	const slugs = paperFiles.map((file) => basename(file, '.mdx'));
	return { papers, chapters, slugs, frontmatterOf, outlines, diagnostics: out.diagnostics };
}

/** A note as {@link loadNotes} read it, its frontmatter valid. */
interface ReadNote<T> {
	data: T;
	yaml: ParsedYaml;
	body: string;
	bodyLine: number;
	parsed: ParsedNote | undefined;
	outline: NoteOutline;
}

// Checks a paper note's frontmatter and prose on their own, and returns its terms resolved against the taxonomy.
function checkPaper(
	file: string,
	note: ReadNote<PaperData>,
	context: NoteContext,
	out: StageReport,
): PaperTerms {
	const { index, config, attributes, benchmarks } = context;
	const { report, reportAt } = out;
	const { terms, problems: termProblems } = resolvePaperTerms(note.data.taxonomy, index);
	report(file, termProblems, note.yaml);
	report(file, checkTaggingRules(terms, note.data.taxonomy, index), note.yaml);
	report(file, checkReasons(note.data.reasons, terms, index), note.yaml);
	report(file, checkResults(note.data.results, benchmarks), note.yaml);
	if (attributes) report(file, checkPaperAttributes(note.data, attributes), note.yaml);
	if (config) {
		report(file, checkNoteFields(note.data, index, config.notes), note.yaml);
		if (note.parsed)
			for (const { problem, line, column } of checkNoteProse(note.parsed, config.notes))
				reportAt(file, problem, { line, column });
	}
	if (/^TODO\b/i.test(note.data.summary))
		report(file, [{ problem: problems.placeholderLeft('summary'), path: ['summary'] }], note.yaml);
	const prompt = note.parsed && findPlaceholderPrompt(note.parsed, note.body);
	if (prompt) reportAt(file, problems.placeholderLeft('note body'), prompt);
	return terms;
}

// Checks a chapter's prose, and that no chapter before it has its place in the order.
function checkChapter(
	file: string,
	note: ReadNote<ChapterData>,
	earlier: readonly LoadedChapter[],
	{ config }: NoteContext,
	out: StageReport,
): void {
	if (config && note.parsed)
		for (const { problem, line, column } of checkChapterProse(note.parsed, config.chapters))
			out.reportAt(file, problem, { line, column });
	const clash = earlier.find((chapter) => chapter.data.order === note.data.order);
	if (clash)
		out.report(
			file,
			[{ problem: problems.duplicateChapterOrder(note.data.order, clash.file), path: ['order'] }],
			note.yaml,
		);
}

// Component attributes name facets, terms and benchmarks; with a broken taxonomy they would all look unknown.
function checkComponents(file: string, outline: NoteOutline, context: NoteContext, out: StageReport): void {
	if (context.taxonomyBroken) return;
	const { index, benchmarks } = context;
	for (const use of outline.components) {
		// Unknown components and {…} attributes are reported by the body check; their props cannot be judged.
		if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(use.name) || use.expressionProps.length > 0)
			continue;
		for (const problem of checkComponentProps(use.name as MdxComponentName, use.props, { index, benchmarks }))
			out.reportAt(file, problem, { line: use.line, column: use.column });
	}
}

/**
 * The cross-checks: what no note can be judged on alone. Citations name notes, every paper is cited by a chapter
 * when the config asks it, no paper repeats another, and relations name papers.
 */
function crossCheckNotes(root: string, config: SurveyConfig | undefined, notes: NoteStage): Diagnostic[] {
	const out = startReport(root);
	const { papers, chapters, frontmatterOf } = notes;
	const slugSet = new Set(notes.slugs);
	for (const source of [...papers, ...chapters]) {
		out.diagnostics.push(...checkCitations(source, slugSet));
	}
	if (config?.notes.require_chapter_citation)
		for (const slug of findUncitedPapers(papers, chapters)) {
			const paper = papers.find((entry) => entry.slug === slug)!;
			out.reportAt(join(root, paper.file), editorialProblems.uncitedPaper(slug), { line: 1, column: 1 });
		}
	// The paper added later is the duplicate: it is the one a contributor is adding now.
	const byAdded = [...papers].sort(
		(a, b) => a.data.added.localeCompare(b.data.added) || a.slug.localeCompare(b.slug),
	);
	for (const duplicate of findDuplicatePapers(byAdded)) {
		const paper = papers.find((entry) => entry.slug === duplicate.slug)!;
		const other = papers.find((entry) => entry.slug === duplicate.other)!.file;
		const problem = duplicatePaper(duplicate, other);
		out.report(join(root, paper.file), [{ problem, path: [duplicate.by] }], frontmatterOf.get(paper.slug));
	}
	// Every note file is a valid target, even one whose own frontmatter has errors: report those once, where they are.
	const arxivOf = new Map(papers.map((paper) => [paper.slug, paper.data.arxiv]));
	const targets = indexRelationTargets(notes.slugs.map((slug) => ({ slug, arxiv: arxivOf.get(slug) })));
	for (const paper of papers) {
		out.report(
			join(root, paper.file),
			checkRelations(paper.slug, paper.data.relations, targets),
			frontmatterOf.get(paper.slug),
		);
	}
	return out.diagnostics;
}

function checkCitations(
	source: { file: string; outline: NoteOutline },
	slugs: ReadonlySet<string>,
): Diagnostic[] {
	return source.outline.citations
		.filter((citation) => !slugs.has(citation.key))
		.map(({ key, line, column }) => ({
			file: source.file,
			line,
			column,
			...problems.unknownCitation(key, suggestClosest(key, [...slugs])),
		}));
}

// A paragraph that is only an _underscored_ phrase is one of the scaffold's writing prompts (render-note-skeleton).
function findPlaceholderPrompt(
	parsed: ParsedNote,
	body: string,
): { line: number; column: number } | undefined {
	const prompt = parsed.tree.children.find(
		(node) =>
			node.type === 'paragraph' &&
			node.children.length === 1 &&
			node.children[0]!.type === 'emphasis' &&
			body[node.position?.start.offset ?? -1] === '_',
	);
	return prompt && { line: (prompt.position?.start.line ?? 1) + parsed.bodyLine - 1, column: 1 };
}

// What a loaded note keeps of its parse: everything but the tree. A body that did not parse has nothing to keep.
function outlineOf(parsed: ParsedNote | undefined): NoteOutline {
	return {
		citations: parsed?.citations ?? [],
		links: parsed?.links ?? [],
		components: parsed?.components ?? [],
		htmlElements: parsed?.htmlElements ?? [],
	};
}

type Reporter = (file: string, located: readonly LocatedProblem[], yaml?: ParsedYaml) => void;
type PlaceReporter = (file: string, problem: Problem, place?: { line?: number; column?: number }) => void;

// Reads a YAML file and validates it; `data` is undefined when it is invalid, and the whole when it cannot be read.
function readYamlFile<T extends z.ZodType>(
	file: string,
	schema: T,
	{ report, reportAt }: StageReport,
): { data: z.output<T> | undefined; yaml: ParsedYaml } | undefined {
	const source = readChecked(file, reportAt);
	if (!source) return undefined;
	const yaml = parseYaml(source.text);
	return { data: validateYaml(file, yaml, schema, report, reportAt), yaml };
}

// Reads a note, parses its body once and checks it; `data` is undefined when the frontmatter is invalid, `parsed`
// when the body is not valid MDX.
function readNoteFile<T extends z.ZodType>(file: string, schema: T, { report, reportAt }: StageReport) {
	const source = readChecked(file, reportAt);
	if (!source) return undefined;
	const parts = splitFrontmatter(source.text);
	if (!parts) return void reportAt(file, problems.missingFrontmatter(), { line: 1, column: 1 });
	const yaml = parseYaml(parts.yaml, parts.yamlLine);
	const parse = parseNote(parts.body, parts.bodyLine);
	for (const { problem, line, column } of checkNoteBody(parse)) reportAt(file, problem, { line, column });
	const data = validateYaml(file, yaml, schema, report, reportAt);
	const parsed = parse.ok ? parse.note : undefined;
	return { data, yaml, body: parts.body, bodyLine: parts.bodyLine, parsed };
}

// Reads a file as text, reporting why it cannot be: not UTF-8, too large, or ended by lone carriage returns.
function readChecked(file: string, reportAt: PlaceReporter): SourceText | undefined {
	const source = readSource(file);
	if (!('text' in source)) {
		reportAt(
			file,
			source.reason === 'too-large'
				? problems.fileTooLarge(source.bytes, MAX_FILE_BYTES)
				: problems.notUtf8(),
		);
		return undefined;
	}
	if (source.loneCrLine !== undefined) {
		reportAt(file, problems.lineEndings(), { line: source.loneCrLine, column: 1 });
		return undefined;
	}
	return source;
}

// Says in a contributor's words why the checker gave up on a file; never a stack trace.
function describeFailure(error: unknown): string {
	if (error instanceof RangeError && /call stack/i.test(error.message))
		return 'its text is nested too deeply to follow';
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0]!.replace(/\.$/, '');
}

function validateYaml<T extends z.ZodType>(
	file: string,
	yaml: ParsedYaml,
	schema: T,
	report: Reporter,
	reportAt: PlaceReporter,
): z.output<T> | undefined {
	if (yaml.syntaxErrors.length > 0) {
		for (const error of yaml.syntaxErrors)
			reportAt(
				file,
				error.kind === 'alias'
					? problems.yamlAlias()
					: error.kind === 'depth'
						? problems.yamlTooDeep(MAX_YAML_DEPTH)
						: error.kind === 'duplicate-key'
							? problems.yamlDuplicateKey(error.key?.name, error.key?.firstLine)
							: error.kind === 'indentation' && error.slip
								? problems.yamlIndentation(error.slip.key, error.slip.indent, error.slip.sibling)
								: problems.yamlSyntax(error.reason),
				error,
			);
		return undefined;
	}
	const result = schema.safeParse(yaml.data ?? {});
	if (result.success) return result.data;
	// A schema that reshapes its output (the paper schema) is a pipe: the fields a file may have are its input's.
	const fields = schema as unknown as { shape?: object; in?: { shape?: object } };
	const known = Object.keys(fields.shape ?? fields.in?.shape ?? {});
	report(
		file,
		zodIssuesToProblems(result.error, yaml.data, known, file.endsWith('.mdx') ? 'frontmatter' : 'file'),
		yaml,
	);
	return undefined;
}

function listFiles(dir: string, extension: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
		.map((entry) => join(dir, entry.name))
		.sort();
}
