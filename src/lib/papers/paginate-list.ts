/**
 * Long lists (all papers, a term's papers) are split into static pages so that a reader without JavaScript never
 * downloads the whole survey at once: page 1 stays at the list's own URL, page N is at `<list>page/N/`. 250 papers
 * make a page of about 40 KB gzipped, whatever the survey's size.
 */
export const LIST_PAGE_SIZE = 250;

/** One page of a paginated list. */
export interface ListPage<T> {
	/** 1-based. */
	number: number;
	/** How many pages the list has (at least 1). */
	count: number;
	items: T[];
}

/** Splits `items` into pages of `size`; an empty list is one empty page, so the list's URL always exists. */
export function paginateList<T>(items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, position) => ({
		number: position + 1,
		count,
		items: items.slice(position * size, (position + 1) * size),
	}));
}
