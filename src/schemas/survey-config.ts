import { z } from 'astro/zod';
import { ChapterRulesSchema, NoteRulesSchema } from './editorial-rules.ts';

const kebabId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. "action-tokenization"' });

/** The value types a survey attribute can take. */
export const ATTRIBUTE_TYPES = ['number', 'integer', 'text', 'enum', 'boolean'] as const;

/** A typed, comparable property of papers (e.g. control rate in Hz); notes fill it in their `attributes` field. */
export const AttributeSchema = z.strictObject({
	/** Kebab-case id, used as the key in notes' `attributes` and in `/table/` URLs. */
	id: kebabId,
	/** Column label, e.g. "Control rate". */
	label: z.string().trim().min(1),
	/** The value type: number, integer, text, enum (one of `values`) or boolean. */
	type: z.enum(ATTRIBUTE_TYPES),
	/** The allowed values of an `enum` attribute, as kebab-case ids. */
	values: z.array(kebabId).optional(),
	/** The unit shown after numbers, e.g. "Hz" or "B". */
	unit: z.string().trim().min(1).optional(),
	/** What the attribute measures and how to fill it in, for contributors. */
	description: z.string().trim().min(1),
});

/** A person credited as an author of the survey, as CITATION.cff names people. */
export const SurveyPersonSchema = z.strictObject({
	/** Given names, e.g. "Ada". */
	given: z.string().trim().min(1),
	/** Family names, e.g. "Lovelace". */
	family: z.string().trim().min(1),
	/** ORCID iD as a full URL, e.g. "https://orcid.org/0000-0002-1825-0097". */
	orcid: z
		.string()
		.regex(/^https:\/\/orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, {
			error: 'must be a full ORCID URL such as "https://orcid.org/0000-0002-1825-0097"',
		})
		.optional(),
});

/** A group credited as an author of the survey, e.g. "The Action Atlas contributors". */
export const SurveyEntitySchema = z.strictObject({
	/** The group's name. */
	name: z.string().trim().min(1),
});

/** How much of the survey `/print/` and the PDF hold. */
export const PrintSchema = z.strictObject({
	/**
	 * How many papers' full notes the appendix prints; beyond it every paper still gets a one-line entry. Papers cited
	 * in the chapters come first, then the newest.
	 */
	notes: z.number().int().min(0).default(300),
});

/** The fit below which `npm run triage` lists no paper, set on the labelled evaluation feed (see the README). */
export const DEFAULT_TRIAGE_THRESHOLD = 0.035;

/** What `npm run triage` asks arXiv for each week: new papers in these categories that match these terms. */
export const WatchSchema = z.strictObject({
	/** arXiv categories to search, e.g. `cs.RO`; a paper in any of them is fetched. */
	categories: z.array(z.string().regex(/^[a-z-]+(\.[A-Za-z-]+)?$/)).min(1),
	/** Words or quoted phrases a title or abstract must contain (any of them), e.g. `vision-language-action`. */
	terms: z.array(z.string().trim().min(1)).min(1),
	/** Papers scoring below this fit (0 to 1: similarity to the nearest notes times contrast with the feed) are not listed. Default 0.035. */
	threshold: z.number().min(0).max(1).default(DEFAULT_TRIAGE_THRESHOLD),
	/** At most this many papers are fetched per run. Default 300. */
	max_results: z.number().int().min(1).max(2000).default(300),
});

/** The one typed config of a survey: everything that differs between two surveys built by the same code. */
export const SurveyConfigSchema = z.strictObject({
	/** Site title, shown in the header, the page titles and feeds. */
	title: z.string().min(1),
	/** A short line under the title on the home page. Defaults to no tagline. */
	tagline: z.string().default(''),
	/** What the survey covers, in two to four sentences; used on the home page and as the default meta description. */
	description: z.string().min(1),
	/** The public origin the site is deployed to, e.g. `https://example.org`; used for canonical URLs and feeds. */
	site: z.url({ protocol: /^https?$/ }),
	/** The path the site lives under on that origin, e.g. `/` or `/my-survey/`. Defaults to `/`. */
	base: z
		.string()
		.regex(/^\/(?:[^/]+\/)*$/, { error: 'must start and end with "/", e.g. "/" or "/my-survey/"' })
		.default('/'),
	/** The repository contributors open pull requests against; shown in the footer and on "edit" links. Optional. */
	repository: z.url({ protocol: /^https?$/ }).optional(),
	/** Facet ids in display order; each needs a `taxonomy/<id>.yaml`. Facets missing here are not shown. */
	facets: z.array(kebabId).min(1),
	/** Facet pairs for the gap matrix, the first being `/matrix/`; defaults to every pair of the first four facets. */
	matrices: z
		.array(
			z.strictObject({
				/** The facet whose terms are the matrix's rows. */
				rows: kebabId,
				/** The facet whose terms are its columns. */
				cols: kebabId,
			}),
		)
		.optional(),
	/** Typed attributes every paper may fill in, shown on paper pages and in `/table/`. Defaults to none. */
	attributes: z.array(AttributeSchema).default([]),
	/** Facets offered as timeline views, the first being `/timeline/`; defaults to the first four facets. */
	timelines: z.array(kebabId).optional(),
	/** The survey's version, `MAJOR.MINOR.PATCH`; `npm run release` sets it. Shown on the print edition and in citations. */
	version: z
		.string()
		.regex(/^\d+\.\d+\.\d+$/, { error: 'must be a version such as "0.2.0"' })
		.optional(),
	/** Who to credit when citing the survey; defaults to "<title> contributors". */
	authors: z
		.array(z.union([SurveyPersonSchema, SurveyEntitySchema]))
		.min(1)
		.optional(),
	/** The DOI of the survey's concept record (all versions), once Zenodo has minted one. */
	doi: z
		.string()
		.regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a bare DOI such as "10.5281/zenodo.1234567"' })
		.optional(),
	/** What the printable edition holds. */
	print: PrintSchema.default({ notes: 300 }),
	/** The editorial rules for paper notes (sections, length, reasons, sources, citation by a chapter). Defaults to none. */
	notes: NoteRulesSchema.default(NoteRulesSchema.parse({})),
	/** The editorial rules for chapters (length, live views). Defaults to none. */
	chapters: ChapterRulesSchema.default(ChapterRulesSchema.parse({})),
	/** New papers `npm run triage` looks for on arXiv (optional; without it triage needs `--feed`). */
	watch: WatchSchema.optional(),
});

export type SurveyConfigInput = z.input<typeof SurveyConfigSchema>;
export type SurveyConfig = z.output<typeof SurveyConfigSchema>;
export type Attribute = z.output<typeof AttributeSchema>;
export type Watch = z.output<typeof WatchSchema>;
export type SurveyAuthor = z.output<typeof SurveyPersonSchema> | z.output<typeof SurveyEntitySchema>;
