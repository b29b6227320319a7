import type { Element, ElementContent } from 'hast';
import { problems } from '../errors/catalogue.ts';
import { getPaperName } from '../lib/papers/paper-name.ts';
import { getPaperPath, sitePath } from '../lib/site-url.ts';
import { suggestClosest } from '../lib/text/suggest-closest.ts';
import type { PaperData } from '../schemas/paper.ts';

// `[@slug]` and `[@a; @b]` citations, as both note renderers write them: remark-citations.ts (the unified pipeline)
// and satteri-notes.ts (the native one). The markup is built here once, as HTML elements, so the two cannot drift.

/** What a citation needs to know about each paper. */
export interface CitablePaper {
	/** Short name shown as the link text. */
	name: string;
	/** Full title, shown as the link's tooltip. */
	title: string;
	/** Site-relative URL of the paper page, base included. */
	url: string;
}

/** What citations of the paper `slug` show, on a site served under `base`. */
export function toCitablePaper(
	slug: string,
	paper: Pick<PaperData, 'name' | 'title'>,
	base: string,
): CitablePaper {
	return { name: getPaperName(paper), title: paper.title, url: sitePath(getPaperPath(slug), base) };
}

/** Why a citation key names no paper, with the closest slugs: what either renderer fails the note with. */
export function describeUnknownCitation(key: string, papers: Readonly<Record<string, CitablePaper>>): string {
	const { message, hint } = problems.unknownCitation(
		key,
		suggestClosest(
			key,
			Object.keys(papers).map((id) => ({ id })),
		),
	);
	return `${message} ${hint}`;
}

/**
 * One cited paper: a link to its page showing its short name, its title as the tooltip.
 * @example buildCitationLink('codeact', paper) // <a href="/papers/codeact/" title="…" class="citation" data-cite="codeact">CodeAct</a>
 */
export function buildCitationLink(key: string, paper: CitablePaper): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { href: paper.url, title: paper.title, className: ['citation'], dataCite: key },
		children: [{ type: 'text', value: paper.name }],
	};
}

/**
 * One citation group: `<cite class="citations">` around the links, in brackets, separated by semicolons. The links
 * may be any node (the native renderer passes each link's HTML, written once however often it is cited).
 */
export function buildCitationGroup(links: readonly ElementContent[]): Element {
	return {
		type: 'element',
		tagName: 'cite',
		properties: { className: ['citations'] },
		children: [
			{ type: 'text', value: '[' },
			...links.flatMap((link, position): ElementContent[] =>
				position > 0 ? [{ type: 'text', value: '; ' }, link] : [link],
			),
			{ type: 'text', value: ']' },
		],
	};
}
