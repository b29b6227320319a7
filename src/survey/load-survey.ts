import { existsSync, readdirSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import type { z } from 'astro/zod';
import { bodyProblems, problems, type LocatedProblem, type Problem } from '../errors/catalogue';
import type { Diagnostic } from '../errors/diagnostic';
import { hasErrors } from '../errors/diagnostic';
import { checkAttributeDeclarations, checkPaperAttributes } from './checks/check-attributes';
import { checkFacet } from './checks/check-facet';
import { checkNoteBody } from './checks/check-note-body';
import { checkRelations, indexRelationTargets } from './checks/check-relations';
import { checkResults } from './checks/check-results';
import { BenchmarkSchema, type Benchmark } from '../schemas/benchmark';
import { findDuplicatePapers } from '../lib/find-duplicate-papers';
import { findCitations, maskCode } from '../lib/citations';
import { resolvePaperTerms, type PaperTerms } from '../lib/resolve-paper-terms';
import { suggestClosest } from '../lib/suggest-closest';
import { buildTaxonomyIndex, type TaxonomyIndex } from '../lib/taxonomy-index';
import { slugify } from '../lib/slugify';
import { ChapterSchema, type ChapterData } from '../schemas/chapter';
import { FacetSchema, type Facet } from '../schemas/facet';
import { KEBAB_ID } from '../schemas/ids';
import { PaperSchema, type PaperData } from '../schemas/paper';
import { SurveyConfigSchema, type SurveyConfig } from '../schemas/survey-config';
import { parseYaml, readUtf8, splitFrontmatter, type ParsedYaml } from './read-source';
import { zodIssuesToProblems } from './zod-problems';

/** Where a survey's files live, relative to its root folder. */
export function resolveSurveyPaths(root: string) {
	return {
		root,
		config: join(root, 'survey.yaml'),
		taxonomy: join(root, 'taxonomy'),
		papers: join(root, 'content', 'papers'),
		chapters: join(root, 'content', 'chapters'),
		benchmarks: join(root, 'content', 'benchmarks'),
		releases: join(root, 'releases'),
	};
}

/** A paper note that passed every check. */
export interface LoadedPaper {
	slug: string;
	/** Path relative to the survey root. */
	file: string;
	data: PaperData;
	terms: PaperTerms;
	body: string;
	bodyLine: number;
}

/** A chapter that passed every check. */
export interface LoadedChapter {
	slug: string;
	file: string;
	data: ChapterData;
	body: string;
	bodyLine: number;
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

/**
 * Reads and validates every file of a survey: config, taxonomy, paper notes and chapters. It never stops at the
 * first problem; the survey is returned only when there is no error.
 */
export function loadSurvey(root: string): { survey?: LoadedSurvey; diagnostics: Diagnostic[] } {
	const paths = resolveSurveyPaths(root);
	const diagnostics: Diagnostic[] = [];
	const relativeFile = (file: string) => relative(root, file).split('\\').join('/');
	const report = (file: string, located: readonly LocatedProblem[], yaml?: ParsedYaml) => {
		for (const { problem, path } of located)
			diagnostics.push({ file: relativeFile(file), ...(yaml ? yaml.locate(path) : {}), ...problem });
	};
	const reportAt = (file: string, problem: Problem, place: { line?: number; column?: number } = {}) =>
		diagnostics.push({ file: relativeFile(file), ...place, ...problem });

	const config = existsSync(paths.config)
		? readYamlFile(paths.config, SurveyConfigSchema, report, reportAt)
		: void reportAt(paths.config, problems.missingSurveyConfig());

	const facets: Facet[] = [];
	const facetFiles = listFiles(paths.taxonomy, '.yaml');
	for (const file of facetFiles) {
		const facet = readYamlFile(file, FacetSchema, report, reportAt);
		if (!facet) continue;
		const parsed = parseYaml(readUtf8(file)!.text);
		report(file, checkFacet(facet, basename(file, '.yaml')), parsed);
		facets.push(facet);
	}
	const facetIds = facetFiles.map((file) => basename(file, '.yaml'));
	if (config) {
		for (const id of config.facets) {
			if (!facetIds.includes(id))
				reportAt(
					paths.config,
					problems.missingFacetFile(
						id,
						suggestClosest(
							id,
							facetIds.map((f) => ({ id: f })),
						),
					),
					parseYaml(readUtf8(paths.config)!.text).locate(['facets', config.facets.indexOf(id)]),
				);
		}
		for (const id of facetIds)
			if (!config.facets.includes(id))
				reportAt(join(paths.taxonomy, `${id}.yaml`), problems.unlistedFacet(id));
	}
	const index = buildTaxonomyIndex(facets, config?.facets ?? facetIds);
	const taxonomyBroken = hasErrors(diagnostics);
	// With a broken declaration every note's values would look wrong too; report the declaration alone.
	const attributeProblems = config ? checkAttributeDeclarations(config.attributes) : [];
	if (attributeProblems.length > 0)
		report(paths.config, attributeProblems, parseYaml(readUtf8(paths.config)!.text));
	const attributes = attributeProblems.length > 0 ? undefined : config?.attributes;

	const benchmarks = new Map<string, Benchmark>();
	for (const file of listFiles(paths.benchmarks, '.yaml')) {
		const slug = basename(file, '.yaml');
		if (!KEBAB_ID.test(slug)) reportAt(file, problems.invalidSlug(slug, slugify(slug)));
		const benchmark = readYamlFile(file, BenchmarkSchema, report, reportAt);
		if (benchmark) benchmarks.set(slug, benchmark);
	}

	const papers: LoadedPaper[] = [];
	const frontmatterOf = new Map<string, ParsedYaml>();
	for (const file of listFiles(paths.papers, '.mdx')) {
		const slug = basename(file, '.mdx');
		if (!KEBAB_ID.test(slug)) reportAt(file, problems.invalidSlug(slug, slugify(slug)));
		const note = readNote(file, PaperSchema, report, reportAt);
		if (!note) continue;
		// With a broken taxonomy every term would look unknown; report the taxonomy alone.
		if (taxonomyBroken) continue;
		frontmatterOf.set(slug, note.yaml);
		const { terms, problems: termProblems } = resolvePaperTerms(note.data.taxonomy, index);
		report(file, termProblems, note.yaml);
		report(file, checkResults(note.data.results, benchmarks), note.yaml);
		if (attributes) report(file, checkPaperAttributes(note.data.attributes, attributes), note.yaml);
		if (/^TODO\b/i.test(note.data.summary))
			report(file, [{ problem: problems.placeholderLeft('summary'), path: ['summary'] }], note.yaml);
		const prompt = /^_[^_\n]+_$/m.exec(note.body);
		if (prompt)
			reportAt(file, problems.placeholderLeft('note body'), {
				line: note.bodyLine + note.body.slice(0, prompt.index).split('\n').length - 1,
				column: 1,
			});
		papers.push({
			slug,
			file: relativeFile(file),
			data: note.data,
			terms,
			body: note.body,
			bodyLine: note.bodyLine,
		});
	}

	const chapters: LoadedChapter[] = [];
	for (const file of listFiles(paths.chapters, '.mdx')) {
		const slug = basename(file, '.mdx');
		if (!KEBAB_ID.test(slug)) reportAt(file, problems.invalidSlug(slug, slugify(slug)));
		const note = readNote(file, ChapterSchema, report, reportAt);
		if (!note) continue;
		const clash = chapters.find((chapter) => chapter.data.order === note.data.order);
		if (clash)
			report(
				file,
				[{ problem: problems.duplicateChapterOrder(note.data.order, clash.file), path: ['order'] }],
				note.yaml,
			);
		chapters.push({
			slug,
			file: relativeFile(file),
			data: note.data,
			body: note.body,
			bodyLine: note.bodyLine,
		});
	}

	const slugs = listFiles(paths.papers, '.mdx').map((file) => basename(file, '.mdx'));
	const slugSet = new Set(slugs);
	for (const source of [...papers, ...chapters]) {
		diagnostics.push(...checkCitations(source, slugSet));
	}
	// The paper added later is the duplicate: it is the one a contributor is adding now.
	const byAdded = [...papers].sort(
		(a, b) => a.data.added.localeCompare(b.data.added) || a.slug.localeCompare(b.slug),
	);
	for (const duplicate of findDuplicatePapers(byAdded)) {
		const paper = papers.find((entry) => entry.slug === duplicate.slug)!;
		const other = papers.find((entry) => entry.slug === duplicate.other)!.file;
		const problem =
			duplicate.by === 'arxiv'
				? bodyProblems.duplicateArxiv(duplicate.value, other)
				: duplicate.by === 'doi'
					? bodyProblems.duplicateDoi(duplicate.value, other)
					: bodyProblems.duplicateTitle(other);
		report(join(root, paper.file), [{ problem, path: [duplicate.by] }], frontmatterOf.get(paper.slug));
	}
	// Every note file is a valid target, even one whose own frontmatter has errors: report those once, where they are.
	const arxivOf = new Map(papers.map((paper) => [paper.slug, paper.data.arxiv]));
	const targets = indexRelationTargets(slugs.map((slug) => ({ slug, arxiv: arxivOf.get(slug) })));
	for (const paper of papers) {
		report(
			join(root, paper.file),
			checkRelations(paper.slug, paper.data.relations, targets),
			frontmatterOf.get(paper.slug),
		);
	}

	if (!config || hasErrors(diagnostics)) return { diagnostics };
	papers.sort((a, b) => a.slug.localeCompare(b.slug));
	chapters.sort((a, b) => a.data.order - b.data.order);
	return { survey: { root, config, facets, index, papers, chapters, benchmarks }, diagnostics };
}

function checkCitations(
	source: { file: string; body: string; bodyLine: number },
	slugs: ReadonlySet<string>,
): Diagnostic[] {
	const lines = maskCode(source.body).split('\n');
	return lines.flatMap((line, lineIndex) =>
		findCitations(line).flatMap((group) =>
			group.keys
				.filter((key) => !slugs.has(key))
				.map((key) => ({
					file: source.file,
					line: source.bodyLine + lineIndex,
					column: line.indexOf(`@${key}`, group.start) + 1,
					...problems.unknownCitation(
						key,
						suggestClosest(
							key,
							[...slugs].map((id) => ({ id })),
						),
					),
				})),
		),
	);
}

type Reporter = (file: string, located: readonly LocatedProblem[], yaml?: ParsedYaml) => void;
type PlaceReporter = (file: string, problem: Problem, place?: { line?: number; column?: number }) => void;

function readYamlFile<T extends z.ZodType>(
	file: string,
	schema: T,
	report: Reporter,
	reportAt: PlaceReporter,
): z.output<T> | undefined {
	const source = readUtf8(file);
	if (!source) return void reportAt(file, problems.notUtf8());
	const yaml = parseYaml(source.text);
	return validateYaml(file, yaml, schema, report, reportAt);
}

function readNote<T extends z.ZodType>(file: string, schema: T, report: Reporter, reportAt: PlaceReporter) {
	const source = readUtf8(file);
	if (!source) return void reportAt(file, problems.notUtf8());
	const parts = splitFrontmatter(source.text);
	if (!parts) return void reportAt(file, problems.missingFrontmatter(), { line: 1, column: 1 });
	const yaml = parseYaml(parts.yaml, parts.yamlLine);
	for (const found of checkNoteBody(parts.body)) {
		reportAt(file, found.problem, { line: parts.bodyLine + found.line - 1, column: found.column });
	}
	const data = validateYaml(file, yaml, schema, report, reportAt);
	return data === undefined ? undefined : { data, yaml, body: parts.body, bodyLine: parts.bodyLine };
}

function validateYaml<T extends z.ZodType>(
	file: string,
	yaml: ParsedYaml,
	schema: T,
	report: Reporter,
	reportAt: PlaceReporter,
): z.output<T> | undefined {
	if (yaml.syntaxErrors.length > 0) {
		for (const error of yaml.syntaxErrors) reportAt(file, problems.yamlSyntax(error.reason), error);
		return undefined;
	}
	const result = schema.safeParse(yaml.data ?? {});
	if (result.success) return result.data;
	const known = 'shape' in schema ? Object.keys((schema as unknown as { shape: object }).shape) : [];
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
