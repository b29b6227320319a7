import { parseNote } from '../notes/parse-note.ts';

/**
 * A note as the content layer stores it, for its citations: its MDX body when it is compiled as MDX, otherwise the
 * HTML it was rendered to (the loader keeps no body for those: bodies would grow the data store, which V8 compiles as
 * one module in time that grows faster than its size).
 */
export interface CitingNote {
	body?: string | undefined;
	rendered?: { html: string } | undefined;
}

/** A paper as the print plan needs it: its slug, name for ordering, and note for its citations. */
export interface PrintablePaper {
	slug: string;
	name: string;
	note: CitingNote;
}

/** What `/print/` holds and how its citations are numbered. */
export interface PrintPlan {
	/** Every paper in appendix order (by short name), each with or without its full note. */
	appendix: { slug: string; full: boolean }[];
	/** Cited slugs in order of first citation; a slug's number is its position plus one. */
	cited: string[];
	numbers: Map<string, number>;
}

/** A citation link as the citation plugins render it: `<a class="citation" data-cite="slug">Name</a>`. */
const CITATION_LINK = /<a\b[^>]*\bdata-cite="([^"]+)"[^>]*>[\s\S]*?<\/a>/g;

/** A note's cited keys in order, read from its MDX body or, without one, from the links its citations rendered to. */
function listNoteCitations(note: CitingNote): string[] {
	if (note.body === undefined)
		return [...(note.rendered?.html ?? '').matchAll(CITATION_LINK)].map((match) => match[1]!);
	const parsed = parseNote(note.body);
	if (!parsed.ok) return [];
	return [...parsed.note.citations]
		.sort((a, b) => a.line - b.line || a.column - b.column)
		.map((citation) => citation.key);
}

/** Cited keys in order of first appearance across notes, as the citation plugin renders them (never in code). */
export function listCitationOrder(notes: readonly CitingNote[]): string[] {
	const seen = new Set<string>();
	for (const note of notes) for (const key of listNoteCitations(note)) seen.add(key);
	return [...seen];
}

// One collator for the whole sort: `localeCompare` with a locale builds one per call (0.7 s at 10,000 papers).
const BY_NAME = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Plans the printable survey: chapters in order, then an appendix with every paper by name. At most `fullNotes`
 * papers get their whole note (those cited in the chapters first, then the newest, as `papers` are ordered); the
 * rest get a one-line entry, so the print edition stays readable at any survey size. Citations are numbered by first
 * appearance through the chapters and then the printed notes; the bibliography lists exactly the cited papers.
 */
export function planPrint(
	chapterNotes: readonly CitingNote[],
	papers: readonly PrintablePaper[],
	fullNotes: number,
): PrintPlan {
	const known = new Set(papers.map((paper) => paper.slug));
	const chapterCited = listCitationOrder(chapterNotes).filter((slug) => known.has(slug));
	const full = new Set<string>();
	for (const slug of [...chapterCited, ...papers.map((paper) => paper.slug)]) {
		if (full.size >= fullNotes) break;
		full.add(slug);
	}
	const appendix = [...papers]
		.sort((a, b) => BY_NAME.compare(a.name, b.name) || a.slug.localeCompare(b.slug))
		.map((paper) => ({ slug: paper.slug, full: full.has(paper.slug) }));
	const noteOf = new Map(papers.map((paper) => [paper.slug, paper.note]));
	const cited = listCitationOrder([
		...chapterNotes,
		...appendix.filter((entry) => entry.full).map((entry) => noteOf.get(entry.slug)!),
	]).filter((slug) => known.has(slug));
	return { appendix, cited, numbers: new Map(cited.map((slug, position) => [slug, position + 1])) };
}

/**
 * Rewrites the citation links the remark plugin renders (`<a class="citation" data-cite="slug">Name</a>`) into
 * numbered links to the bibliography, e.g. `<a href="#ref-slug">3</a>`; unknown keys are left alone.
 */
export function numberCitationLinks(html: string, numbers: ReadonlyMap<string, number>): string {
	return html.replace(CITATION_LINK, (link, slug: string) => {
		const number = numbers.get(slug);
		if (number === undefined) return link;
		return `<a href="#ref-${slug}" class="citation" data-cite="${slug}">${number}</a>`;
	});
}

const ID_ATTRIBUTES = /\s(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g;

/**
 * Makes a rendered fragment safe to place in one long document: headings move `by` levels down (a chapter's `##`
 * sits under the chapter's own heading) and every id, with the attributes and `#` links that point to it, gets a
 * prefix, so two notes' "TL;DR" headings or two copies of an embedded chart never share an id.
 */
export function isolateFragment(html: string, prefix: string, by: number): string {
	return html
		.replace(
			/<(\/?)h([1-6])\b/g,
			(_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`,
		)
		.replace(
			ID_ATTRIBUTES,
			(_match, name: string, value: string) =>
				` ${name}="${value
					.split(/\s+/)
					.filter(Boolean)
					.map((id) => `${prefix}-${id}`)
					.join(' ')}"`,
		)
		.replace(/\shref="#(?!ref-)([^"]+)"/g, (_match, id: string) => ` href="#${prefix}-${id}"`);
}
