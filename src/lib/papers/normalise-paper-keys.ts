/**
 * Normalises a title for duplicate detection: case, accents, punctuation and spacing do not count.
 *
 * @example normaliseTitle('Alpha planner - searching before acting!') // 'alpha planner searching before acting'
 */
export function normaliseTitle(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Strips an arXiv version suffix and any `arXiv:` prefix, so v1 and v2 compare equal. */
export function normaliseArxivId(id: string): string {
	return id
		.trim()
		.replace(/^arxiv:/i, '')
		.replace(/v\d+$/i, '')
		.toLowerCase();
}
