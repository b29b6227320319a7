import type { Facet } from '../schemas/facet.ts';
import type { NoteSection } from '../schemas/editorial-rules.ts';
import type { Attribute } from '../schemas/survey-config.ts';

/** What is known about a paper before its note is written; every field but the title may be unknown. */
export interface PaperDraft {
	title: string;
	/** Authors in publication order; empty when unknown. */
	authors: readonly string[];
	/** `false` when the source itself cut the author list short ("and others"). */
	authorsComplete?: boolean;
	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
	date?: string;
	/** arXiv id without version. */
	arxiv?: string;
	doi?: string;
	venue?: string;
}

/** The placeholder summary: valid for the schema, and plainly unfinished to anyone who reads the note. */
export const SUMMARY_PLACEHOLDER = 'TODO: one sentence on what the paper contributes.';

/**
 * The sections of a new note in a survey whose `survey.yaml` declares none (`notes.sections`), each with the prompt
 * shown under its heading: an outline that fits any paper.
 */
export const DEFAULT_NOTE_SECTIONS: readonly NoteSection[] = [
	{ heading: 'TL;DR', prompt: 'Two or three sentences: what the paper does and why it matters.' },
	{ heading: 'The problem', prompt: 'The gap or limitation the paper addresses, in your own words.' },
	{
		heading: 'The approach',
		prompt: 'How the method works, in enough detail to set it beside its neighbours.',
	},
	{ heading: 'Key results', prompt: 'Only numbers the paper states, each with the benchmark it belongs to.' },
	{
		heading: 'Limitations and open questions',
		prompt: 'What the paper leaves open or does not show; cite related notes by slug in square brackets.',
	},
];

const COMMENT_WIDTH = 110;

/**
 * Renders the text of a new note: frontmatter with every known fact, every facet listed empty under a comment naming
 * its term ids (and the suggested ones, when given), commented-out `reasons`, `attributes` (the survey's own) and
 * `sources` to fill in, a placeholder summary, and the sections with a prompt each. Unknown facts stay out of the
 * frontmatter so that `npm run check` asks for them instead of a guess being published.
 */
export function renderNoteSkeleton({
	paper,
	facets,
	attributes = [],
	sections = [],
	suggestions = {},
	added,
}: {
	paper: PaperDraft;
	facets: readonly Facet[];
	/** The survey's typed attributes, from `survey.yaml`. */
	attributes?: readonly Attribute[];
	/** The survey's note sections with their prompts, from `survey.yaml`; without any, {@link DEFAULT_NOTE_SECTIONS}. */
	sections?: readonly NoteSection[];
	/** Facet id → suggested term ids, best first (from `npm run suggest`). */
	suggestions?: Readonly<Record<string, readonly string[]>>;
	added: string;
}): string {
	const lines = [
		'---',
		`title: ${quote(paper.title)}`,
		'# name: optional short name for citations and tables; without it, the title before ":" is used',
	];
	if (paper.authors.length > 0)
		lines.push('authors:', ...paper.authors.map((author) => `  - ${formatString(author)}`));
	else lines.push('authors: [] # TODO: every author, in publication order');
	if (paper.authorsComplete === false) lines.push('authors_complete: false');
	if (paper.date)
		lines.push(`date: ${/^\d{4}-\d{2}-\d{2}$/.test(paper.date) ? paper.date : quote(paper.date)}`);
	else lines.push('# date: TODO, the first public version as YYYY-MM-DD (or YYYY-MM, or YYYY)');
	if (paper.arxiv) lines.push(`arxiv: ${quote(paper.arxiv)}`);
	if (paper.doi) lines.push(`doi: ${quote(paper.doi)}`);
	if (paper.venue) lines.push(`venue: ${quote(paper.venue)}`);
	// An empty "links:" would read as null, which the schema rejects, so without a PDF the block stays a comment.
	if (paper.arxiv)
		lines.push(
			'links:',
			`  pdf: https://arxiv.org/pdf/${paper.arxiv}`,
			'  # code: https://github.com/…',
			'  # project: https://…',
		);
	else lines.push('# links:', '#   code: https://github.com/…', '#   project: https://…');
	lines.push(`summary: ${quote(SUMMARY_PLACEHOLDER)}`, 'taxonomy:');
	for (const facet of facets) {
		lines.push(
			...wrapComment(
				`${facet.label} (${describeFacetRule(facet)}): ${facet.terms.map((term) => term.id).join(', ')}`,
				'  ',
			),
		);
		const suggested = suggestions[facet.id] ?? [];
		if (suggested.length > 0) lines.push(`  #   suggested: ${suggested.join(', ')}`);
		lines.push(`  ${facet.id}: []`);
	}
	const example = facets.find((facet) => facet.terms.length > 0);
	lines.push(
		'# reasons: one line per chosen term saying why it applies, shown beside the tag; e.g.',
		'#   reasons:',
		`#     ${example?.id ?? 'facet-id'}:`,
		`#       ${example?.terms[0]?.id ?? 'term-id'}: "Why the paper fits this term, in a few words."`,
	);
	if (attributes.length > 0) {
		lines.push('# attributes: fill in those the paper or its code states; leave out the rest');
		lines.push('#   attributes:');
		for (const attribute of attributes)
			lines.push(
				...wrapComment(
					`${attribute.id}: ${describeAttributeType(attribute)}. ${attribute.description.replace(/\s+/g, ' ')}`,
					'',
				).map((line) => line.replace(/^# {3}/, '#         ').replace(/^# (?! )/, '#     ')),
			);
	}
	lines.push('# sources: the pages every fact beyond the abstract was read on');
	if (paper.arxiv)
		lines.push(
			'sources:',
			`  - url: https://arxiv.org/abs/${paper.arxiv}`,
			'    title: arXiv listing',
			'  # - url: https://github.com/…',
			'  #   title: Official repository README',
		);
	else
		lines.push(
			'#   sources:',
			'#     - url: https://github.com/…',
			'#       title: Official repository README',
		);
	lines.push(`added: ${added}`, '---', '');
	for (const { heading, prompt } of sections.length > 0 ? sections : DEFAULT_NOTE_SECTIONS)
		lines.push(`## ${heading}`, '', `_${prompt}_`, '');
	return lines.join('\n');
}

function describeAttributeType(attribute: Attribute): string {
	if (attribute.type === 'enum') return `one of ${(attribute.values ?? []).join(', ')}`;
	return attribute.unit ? `${attribute.type} in ${attribute.unit}` : attribute.type;
}

function describeFacetRule(facet: Facet): string {
	const count = facet.multiple ? 'one or more terms' : 'one term';
	return facet.required
		? `required, ${count}`
		: `optional, ${facet.multiple ? 'any number of terms' : 'at most one term'}`;
}

// Long term lists wrap onto indented comment lines so the frontmatter stays readable in any editor.
function wrapComment(text: string, indent: string): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const prefix = lines.length === 0 ? `${indent}# ` : `${indent}#   `;
		if (line !== '' && prefix.length + line.length + 1 + word.length > COMMENT_WIDTH) {
			lines.push(prefix + line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	return [...lines, `${indent}#${lines.length === 0 ? ' ' : '   '}${line}`];
}

// JSON strings are valid YAML double-quoted scalars, and quoting keeps titles with ": " or ids like 2402.01030 text.
function quote(value: string): string {
	return JSON.stringify(value);
}

// Plain names read better; anything YAML could read as another type or as syntax is quoted.
function formatString(value: string): string {
	const plain =
		/^\p{L}[\p{L}\p{M}\p{N} .'’-]*$/u.test(value) &&
		!/^(?:y|n|yes|no|true|false|on|off|null)$/i.test(value) &&
		!/\s$/.test(value);
	return plain ? value : quote(value);
}
