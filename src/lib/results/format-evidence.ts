import { escapeHtmlAttribute, escapeHtmlText } from '../text/escape-html.ts';

/** Where a number was read, as notes record it for results and attributes. */
export interface Evidence {
	/** The source's words that state the number. */
	quote: string;
	/** The page it was read on. */
	url: string;
	/** `v2`, `commit 1a2b3c4…` or the date the page was read. */
	version: string;
	/** Where on the page, for results: `abstract`, `table 2`, `repository`… */
	source?: string | undefined;
}

/**
 * Names the version a number was read from, for readers: the arXiv version, a short commit, or the day the page was
 * read.
 *
 * @example formatSourceVersion('v3') // 'arXiv v3'
 * @example formatSourceVersion('commit 1a2b3c4d5e') // 'commit 1a2b3c4'
 */
export function formatSourceVersion(version: string): string {
	if (/^v\d+$/.test(version)) return `arXiv ${version}`;
	const commit = /^commit ([0-9a-f]{7})/.exec(version);
	if (commit) return `commit ${commit[1]}`;
	return `read ${version}`;
}

/**
 * The short label of a number's source: where on the page, and which version.
 *
 * @example formatEvidenceLabel({ source: 'table 2', version: 'v3', … }) // 'table 2, arXiv v3'
 */
export function formatEvidenceLabel(evidence: Pick<Evidence, 'source' | 'version'>): string {
	return [evidence.source, formatSourceVersion(evidence.version)].filter(Boolean).join(', ');
}

/**
 * The HTML shown beside a number: its source's label, opening (by click, tap or keyboard, never only on hover) to the
 * quoted words and a link to the page. The one builder for leaderboards, paper pages, `/table/` and `/compare/`.
 */
export function renderEvidenceHtml(evidence: Evidence): string {
	const url = escapeHtmlAttribute(evidence.url);
	return (
		`<details class="evidence"><summary>${escapeHtmlText(formatEvidenceLabel(evidence))}</summary>` +
		`<blockquote cite="${url}">“${escapeHtmlText(evidence.quote)}”</blockquote>` +
		`<a href="${url}" rel="noopener noreferrer">Source page</a></details>`
	);
}

/** The evidence HTML to put right after a value in running text, with the space between them; empty without any. */
export function evidenceBeside(evidence: Evidence | undefined): string {
	return evidence ? ` ${renderEvidenceHtml(evidence)}` : '';
}
