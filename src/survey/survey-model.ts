import { getPaperName } from '../lib/papers/paper-name.ts';
import { sortNewestFirst } from '../lib/papers/paper-record.ts';
import type { PaperReasons } from '../lib/taxonomy/resolve-paper-reasons.ts';
import type { PaperTerms } from '../lib/taxonomy/resolve-paper-terms.ts';
import type { TaxonomyIndex } from '../lib/taxonomy/taxonomy-index.ts';
import { collectLineage, type LineageEdge, type LineageNode } from '../lib/views/collect-lineage.ts';
import type { Benchmark } from '../schemas/benchmark.ts';
import type { SurveyConfig } from '../schemas/survey-config.ts';
import type { LoadedSurvey } from './load-survey.ts';

/** What validation settled about one paper. */
export interface SettledPaper {
	/** Facet id → the paper's terms, renamed ids resolved and unknown ones dropped. */
	terms: PaperTerms;
	/** The note's reasons keyed by its current term ids. */
	reasons: PaperReasons;
}

/**
 * The survey as the one validation pass settled it, which the integration hands to everything downstream (the
 * content config, `src/data`, pages) as the module `virtual:action-atlas/survey`: nothing after validation reads
 * `survey.yaml`, the facet files or the benchmarks again, or resolves a term id again. The notes' frontmatter and
 * bodies reach pages through the content layer, which renders them; this holds what validation decided about them.
 */
export interface SurveyModel {
	/** `survey.yaml`, with the schema's defaults. */
	config: SurveyConfig;
	index: TaxonomyIndex;
	/** Slug → the paper's terms and reasons. */
	papers: Map<string, SettledPaper>;
	/** Benchmark id → benchmark, in name order. */
	benchmarks: Map<string, Benchmark>;
	/** The relations between papers as a graph, a relation naming a paper's arXiv id resolved to that paper. */
	lineage: { nodes: LineageNode[]; edges: LineageEdge[] };
}

/** The model of a validated survey (or, in `astro dev`, of what validation settled while errors remain). */
export function toSurveyModel(survey: LoadedSurvey): SurveyModel {
	return {
		config: survey.config,
		index: survey.index,
		papers: new Map(survey.papers.map(({ slug, terms, reasons }) => [slug, { terms, reasons }])),
		benchmarks: new Map([...survey.benchmarks].sort(([, a], [, b]) => a.name.localeCompare(b.name))),
		lineage: collectLineage(
			sortNewestFirst(survey.papers).map((paper) => ({ ...paper, name: getPaperName(paper.data) })),
		),
	};
}
