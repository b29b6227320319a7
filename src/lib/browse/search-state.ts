/** What a search page shows: a query and, per facet, the chosen term ids. The URL is the single source of truth. */
export interface SearchState {
	query: string;
	/** Facet id → chosen term ids (OR within a facet, AND across facets). */
	filters: Record<string, string[]>;
}

/**
 * Reads a search state from URL parameters such as `?q=latent&action-tokenization=latent&domain=manipulation`;
 * parameters that are not facets are ignored.
 */
export function parseSearchState(params: URLSearchParams, facetIds: readonly string[]): SearchState {
	const filters: Record<string, string[]> = {};
	for (const facet of facetIds) {
		const values = [
			...new Set(
				params
					.getAll(facet)
					.flatMap((value) => value.split(','))
					.map((value) => value.trim())
					.filter(Boolean),
			),
		];
		if (values.length > 0) filters[facet] = values;
	}
	return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search state as URL parameters, facets in the given order, so equal states give equal URLs. */
export function serializeSearchState(state: SearchState, facetIds: readonly string[]): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const facet of facetIds) for (const value of state.filters[facet] ?? []) params.append(facet, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Turns chosen terms into a Pagefind filter object: `any` within a facet, all facets required. */
export function toPagefindFilters(
	filters: Readonly<Record<string, readonly string[]>>,
): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(filters)
			.filter(([, values]) => values.length > 0)
			.map(([facet, values]) => [facet, { any: [...values] }]),
	);
}
