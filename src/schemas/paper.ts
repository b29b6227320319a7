import { z } from 'astro/zod';
import { KebabIdSchema } from './ids.ts';
import { FullDateSchema, PartialDateSchema } from './partial-date.ts';

/** A new-style arXiv id (`2402.01030`) or an old-style one (`cs/0112017`), optionally pinned to a version (`v2`). */
export const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

const webUrl = z.url({
	protocol: /^https?$/,
	error: 'must be a full http(s) URL, e.g. "https://github.com/org/repo"',
});

/** Links a paper may carry; the arXiv abstract and PDF links are derived from `arxiv` and need no entry here. */
export const PaperLinksSchema = z.strictObject({
	/** Source code repository. */
	code: webUrl.optional(),
	/** Project or demo page. */
	project: webUrl.optional(),
	/** A PDF outside arXiv (the arXiv PDF is linked automatically). */
	pdf: webUrl.optional(),
	/** Dataset download or card. */
	data: webUrl.optional(),
});

/**
 * Which version of a source a fact was read from: an arXiv version (`v2`), a repository commit (`commit 1a2b3c4`), or,
 * for a page with neither, the date it was read (`2026-12-06`). Papers revise their numbers; readers need to know
 * which version they are seeing.
 */
export const SourceVersionSchema = z
	.string()
	.trim()
	.regex(/^(?:v\d+|commit [0-9a-f]{7,40}|\d{4}-\d{2}-\d{2})$/, {
		error:
			'must be an arXiv version ("v2"), a repository commit ("commit 1a2b3c4") or the date read ("2026-12-06")',
	});

/** The words a number was read in: a sentence, table row or README line, short enough to show beside the number. */
export const QuoteSchema = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty' })
	.max(400, { error: 'must be at most 400 characters: quote only the words that state the number' });

/** One number a paper reports on a benchmark, with the words, page and version it was read in. */
export const PaperResultSchema = z
	.strictObject({
		/** Benchmark id, e.g. `libero`. */
		benchmark: KebabIdSchema,
		/** Evaluation protocol id from the benchmark's `protocols`; results are ranked only within one protocol. */
		protocol: z.string().trim().min(1).optional(),
		/** Why the result fits none of the benchmark's protocols; such a result is shown but never ranked. */
		unranked: z.string().trim().min(1).max(200).optional(),
		/** Input ids from the benchmark's `inputs` (what the agent observed); results with other inputs rank apart. */
		inputs: z.array(z.string().trim().min(1)).optional(),
		/** Suite or split of the benchmark, e.g. `long`; omit for the overall figure. */
		suite: z.string().trim().min(1).optional(),
		/** Metric id, e.g. `success-rate`. */
		metric: KebabIdSchema,
		/** The value as reported, as a plain number (98.9 for 98.9 %); never an average the survey computed. */
		value: z.number(),
		/** The source's own words that state the number; `npm run check` finds the number in them. */
		quote: QuoteSchema,
		/** Where in the source: `abstract`, `table N` or `figure N` of the paper, or `repository` / `project page`. */
		source: z.string().regex(/^(?:abstract|(?:table|figure) \d+[a-z]?|repository|project page)$/, {
			error: 'must be "abstract", "table N", "figure N", "repository" or "project page"',
		}),
		/** The page the number was read on: the arXiv listing or full text, a README or a project page. */
		url: webUrl,
		/** The version of that page the number was read from. */
		version: SourceVersionSchema,
		/** Anything else about the run a reader needs, e.g. "3 seeds × 500 rollouts" or the model size. */
		setting: z.string().trim().min(1).optional(),
		/** Who measured the number when it was not the paper's authors, e.g. "SimplerEnv authors"; omit otherwise. */
		reproduced_by: z.string().trim().min(1).max(120).optional(),
	})
	.refine((result) => result.protocol === undefined || result.unranked === undefined, {
		error:
			'names a protocol and says it is unranked: keep "protocol" if the result fits it, or "unranked" if none fits',
		path: ['unranked'],
	});

/** How one paper relates to another. */
export const RELATION_TYPES = [
	'extends',
	'successor-of',
	'baseline-in',
	'uses-component-of',
	'compares-with',
	'preprint-of',
] as const;

/** A typed link from this paper to another, in the survey (`paper`) or outside it (`arxiv` + `name`). */
export const PaperRelationSchema = z
	.strictObject({
		/** The kind of relation, read as "this paper <type> the target", e.g. "extends". */
		type: z.enum(RELATION_TYPES, { error: `must be one of ${RELATION_TYPES.join(', ')}` }),
		/** Slug of a paper in the survey. */
		paper: KebabIdSchema.optional(),
		/** arXiv id of a paper outside the survey, where it is known. */
		arxiv: z.string().regex(ARXIV_ID, { error: 'must be an arXiv id such as "2406.09246"' }).optional(),
		/** Short name of a paper outside the survey, e.g. "OpenVLA". */
		name: z.string().trim().min(1).max(60).optional(),
	})
	.refine((relation) => (relation.paper === undefined) !== (relation.name === undefined), {
		error:
			'needs exactly one target: "paper" (a slug in the survey) or "name" (an outside paper, with "arxiv" where known)',
	})
	.refine((relation) => relation.arxiv === undefined || relation.name !== undefined, {
		error: 'an outside paper needs a short "name" as well as its "arxiv" id',
		path: ['name'],
	});

/** A primary source a note's facts were read from: the paper's arXiv listing, official repository or project page. */
export const PaperSourceSchema = z.strictObject({
	/** The page's address. */
	url: webUrl,
	/** What the page is, e.g. "Official repository README" or "Project page". */
	title: z.string().trim().min(1).max(200),
});

/** A value of one of the survey's typed attributes (`survey.yaml` `attributes`); checked against its type there. */
export const AttributeValueSchema = z.union([z.number(), z.string().trim().min(1), z.boolean()]);

/** Where a typed attribute's value was read: the words, the page and its version. Numeric attributes need it. */
export const AttributeEvidenceSchema = z.strictObject({
	/** The source's own words that state the value; for a number, `npm run check` finds it in them. */
	quote: QuoteSchema,
	/** The page the value was read on. */
	url: webUrl,
	/** The version of that page: `v2`, `commit 1a2b3c4` or the date read. */
	version: SourceVersionSchema,
});

/** An attribute as a note writes it: a bare value, or the value with its evidence (`{ value, quote, url, version }`). */
export const AttributeEntrySchema = z.union([
	AttributeValueSchema,
	AttributeEvidenceSchema.extend({
		/** The value, in the attribute's declared type and unit. */
		value: AttributeValueSchema,
	}),
]);

export type AttributeValue = z.output<typeof AttributeValueSchema>;

/** Frontmatter of a paper note, `content/papers/<slug>.mdx`; the slug is the file name. */
export const PaperFieldsSchema = z.strictObject({
	/** Full title exactly as published; rendered as text, never as HTML. */
	title: z
		.string()
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(300, { error: 'must be at most 300 characters' }),
	/** Short name used in citations and tables, e.g. "HAMSTER"; defaults to the title before its first colon. */
	name: z.string().trim().min(1).max(60).optional(),
	/** Authors in publication order, one name per item. */
	authors: z.array(z.string().trim().min(1)).min(1, { error: 'must list at least one author' }),
	/** `false` when the author list is known to be truncated; readers then see "et al.". Defaults to `true`. */
	authors_complete: z.boolean().default(true),
	/** Date of the first public version: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known. */
	date: PartialDateSchema,
	/** arXiv id, e.g. "2402.01030" (a version suffix such as "v2" is allowed); quote it in YAML so it stays text. */
	arxiv: z
		.preprocess(
			(value) => (typeof value === 'number' ? String(value) : value),
			z
				.string()
				.regex(ARXIV_ID, { error: 'must be an arXiv id such as "2402.01030", without an "arXiv:" prefix' }),
		)
		.optional(),
	/** DOI of the published version, e.g. "10.1145/1234567.890123". */
	doi: z
		.string()
		.regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a bare DOI such as "10.1145/1234567"' })
		.optional(),
	/** Where the paper was published, e.g. "ICLR 2024" or "arXiv". */
	venue: z.string().trim().min(1).optional(),
	/** External links: code, project, pdf, data. */
	links: PaperLinksSchema.default({}),
	/** One sentence saying what the paper contributes. */
	summary: z.string().trim().min(1, { error: 'must not be empty' }).max(400),
	/** Facet id → term ids; validated against `taxonomy/` when the survey loads. */
	taxonomy: z.record(
		z.string(),
		z
			.array(z.string())
			.nullable()
			.transform((terms) => terms ?? []),
	),
	/** Facet id → term id → one line saying why the term applies; shown beside the tag. Optional per term. */
	reasons: z.record(z.string(), z.record(z.string(), z.string().trim().min(1).max(300))).default({}),
	/**
	 * Attribute id → value, for the attributes `survey.yaml` declares: `action-output: flow-matching`, or with its
	 * evidence, `chunk-length: { value: 50, quote: "…", url: https://…, version: v3 }`.
	 */
	attributes: z.record(z.string(), AttributeEntrySchema).default({}),
	/** Primary sources of every fact in the note beyond the abstract: arXiv listing, official code, project page. */
	sources: z.array(PaperSourceSchema).default([]),
	/** Numbers the paper reports on named benchmarks. */
	results: z.array(PaperResultSchema).default([]),
	/** Typed links to other papers (extends, compares-with, …). */
	relations: z.array(PaperRelationSchema).default([]),
	/** Date the paper joined the survey, `YYYY-MM-DD`. */
	added: FullDateSchema,
	/** Date the note was last revised (re-tagged or corrected), `YYYY-MM-DD`. */
	updated: FullDateSchema.optional(),
	/**
	 * Why the survey counts the paper among the field's landmarks, in one line (e.g. "First open 7B-class VLA"); shown
	 * on its page, and what `<Count of="landmarks" />` counts. Omit for other papers.
	 */
	landmark: z.string().trim().min(1).max(300).optional(),
	/** `true` once a maintainer has checked the metadata against the paper. */
	verified: z.boolean().default(false),
});

export type AttributeEvidence = z.output<typeof AttributeEvidenceSchema>;

/**
 * A note's frontmatter as pages and checks use it: `attributes` holds bare values, and the evidence written beside
 * them moves to `attribute_evidence`, so that a value is read the same way whether or not it carries a quote.
 */
export const PaperSchema = PaperFieldsSchema.transform(({ attributes, ...fields }) => {
	const values: Record<string, AttributeValue> = {};
	const evidence: Record<string, AttributeEvidence> = {};
	for (const [id, entry] of Object.entries(attributes)) {
		if (typeof entry === 'object') {
			const { value, ...source } = entry;
			values[id] = value;
			evidence[id] = source;
		} else values[id] = entry;
	}
	return { ...fields, attributes: values, attribute_evidence: evidence };
});

export type PaperInput = z.input<typeof PaperSchema>;
export type PaperData = z.output<typeof PaperSchema>;
