/** Marks a gap in an author list copied from a source that elides middle authors. */
const ELISION = /^(?:\.\.\.|…)$/;

/** Reports whether an author entry is an elision marker ("..." or "…") rather than a name. */
export function isElision(author: string): boolean {
	return ELISION.test(author.trim());
}

/**
 * Formats an author list for a byline: all names up to `max`, then "et al."; an incomplete list always ends in
 * "et al.", and elision markers become "…".
 *
 * @example formatAuthors(['A. One', 'B. Two', 'C. Three'], { max: 2 }) // 'A. One, B. Two et al.'
 */
export function formatAuthors(
	authors: readonly string[],
	{ complete = true, max = Infinity }: { complete?: boolean; max?: number } = {},
): string {
	const names = authors.map((author) => (isElision(author) ? '…' : author));
	const shown = names.slice(0, max);
	const truncated = names.length > shown.length || !complete;
	if (!truncated)
		return shown.length <= 2 ? shown.join(' and ') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
	return `${shown.join(', ')} et al.`;
}
