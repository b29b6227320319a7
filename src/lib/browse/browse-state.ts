/** The sort orders of the paper browser; the first is the default. */
export const SORT_ORDERS = ['newest', 'oldest', 'title', 'added'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Everything the paper browser shows, as it is written in the URL. */
export interface BrowseState {
	/** Facet id → terms to include (OR within a facet, AND across facets). */
	include: Record<string, string[]>;
	/** Facet id → terms to exclude. */
	exclude: Record<string, string[]>;
	/** First and last year, inclusive. */
	from?: number;
	to?: number;
	/** Only papers with a code link. */
	hasCode: boolean;
	/** Words that must all appear in the title, short name or authors. */
	text: string;
	sort: SortOrder;
}

/** A state with nothing chosen. */
export const EMPTY_BROWSE_STATE: BrowseState = {
	include: {},
	exclude: {},
	hasCode: false,
	text: '',
	sort: 'newest',
};

const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);

/**
 * Reads a browser state from URL parameters: `<facet>=<term>` includes, `not=<facet>:<term>` excludes,
 * `from`/`to` years, `code=1`, `q` text and `sort`. Unknown facets and malformed values are ignored.
 */
export function parseBrowseState(params: URLSearchParams, facetIds: readonly string[]): BrowseState {
	const include: Record<string, string[]> = {};
	for (const facet of facetIds) {
		const values = [...new Set(params.getAll(facet).filter(Boolean))];
		if (values.length > 0) include[facet] = values;
	}
	const exclude: Record<string, string[]> = {};
	for (const value of params.getAll('not')) {
		const [facet, term] = value.split(':');
		if (!facet || !term || !facetIds.includes(facet)) continue;
		exclude[facet] = [...new Set([...(exclude[facet] ?? []), term])];
	}
	const sort = params.get('sort');
	return {
		include,
		exclude,
		...(year(params.get('from')) !== undefined && { from: year(params.get('from'))! }),
		...(year(params.get('to')) !== undefined && { to: year(params.get('to'))! }),
		hasCode: params.get('code') === '1',
		text: (params.get('q') ?? '').trim(),
		sort: (SORT_ORDERS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'newest',
	};
}

/** Writes a browser state as a query string (facets in the given order), leaving out defaults. */
export function serializeBrowseState(state: BrowseState, facetIds: readonly string[]): string {
	const params = new URLSearchParams();
	if (state.text) params.set('q', state.text);
	for (const facet of facetIds) for (const term of state.include[facet] ?? []) params.append(facet, term);
	for (const facet of facetIds)
		for (const term of state.exclude[facet] ?? []) params.append('not', `${facet}:${term}`);
	if (state.from !== undefined) params.set('from', String(state.from));
	if (state.to !== undefined) params.set('to', String(state.to));
	if (state.hasCode) params.set('code', '1');
	if (state.sort !== 'newest') params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}
