import {
	parseSearchState,
	serializeSearchState,
	toPagefindFilters,
	type SearchState,
} from '../lib/browse/search-state.ts';
import { renderFilterChips } from './filter-chips.ts';
import { commitOnTypingPause, writeQueryToHistory, type HistoryMode } from './url-history.ts';
import { sitePath } from '../lib/site-url.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}
interface PagefindSearch {
	results: { id: string; data: () => Promise<PagefindResultData> }[];
	filters: Record<string, Record<string, number>>;
	unfilteredResultCount: number;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}
type Labels = Record<string, { label: string; terms: Record<string, string> }>;

// Each shown result fetches its own fragment: ten keeps a first search light without feeling sparse.
const PAGE_SIZE = 10;

/** Runs the search page: URL ⇄ form state, Pagefind queries, live counts, result rendering and history. */
export function installSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	if (!form) return;
	const input = form.querySelector<HTMLInputElement>('[data-search-main]')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const chips = form.querySelector<HTMLUListElement>('[data-active-filters]')!;
	const labels = JSON.parse(document.getElementById('search-labels')?.textContent ?? '{}') as Labels;
	const facetIds = Object.keys(labels);
	let pagefind: Promise<Pagefind> | undefined;
	let generation = 0;
	let shown = 0;
	let current: PagefindSearch['results'] = [];

	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ sitePath('pagefind/pagefind.js')).then(
			async (module: Pagefind) => {
				await module.options({ basePath: sitePath('pagefind/'), excerptLength: 24 });
				return module;
			},
		));

	// Live counts need every facet's filter file, more bytes than the search itself in a large survey. Without a query
	// the counts written into the page are exact; with one, they load when the reader reaches for the filter panel
	// (pointer, focus, opening it) or ticks a term, and stay hidden until then rather than show totals.
	let countsLoaded: Promise<void> | undefined;
	let countsReady = false;
	const panelCounts = [...form.querySelectorAll<HTMLElement>('[data-count-for]')];
	for (const element of panelCounts) element.dataset.total = element.textContent?.trim() ?? '0';
	const loadCounts = () => {
		countsLoaded ??= loadPagefind()
			.then((engine) => engine.filters())
			.then(() => {
				countsReady = true;
				return run(readForm());
			})
			.catch(() => undefined);
		return countsLoaded;
	};

	const readForm = (): SearchState =>
		parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>), facetIds);

	const writeForm = (state: SearchState) => {
		input.value = state.query;
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = state.filters[box.name]?.includes(box.value) ?? false;
		}
	};

	const renderChips = (state: SearchState) => {
		const entries = Object.entries(state.filters).flatMap(([facet, terms]) =>
			terms.map((term) => ({
				label: `${labels[facet]?.label ?? facet}: ${labels[facet]?.terms[term] ?? term}`,
				clear: () => {
					const box = form.querySelector<HTMLInputElement>(
						`input[name="${CSS.escape(facet)}"][value="${CSS.escape(term)}"]`,
					);
					if (box) box.checked = false;
				},
			})),
		);
		renderFilterChips(chips, entries, () => commit());
	};

	/** Writes live counts, the page's own totals (`'totals'`), or hides the counts until live ones load. */
	const renderCounts = (counts: PagefindSearch['filters'] | 'totals' | 'pending') => {
		form.toggleAttribute('data-counts-pending', counts === 'pending');
		if (counts === 'pending') return;
		for (const element of panelCounts) {
			const [facet, term] = element.dataset.countFor!.split('/') as [string, string];
			const count = counts === 'totals' ? Number(element.dataset.total) : (counts[facet]?.[term] ?? 0);
			element.textContent = String(count);
			element.closest('label')?.classList.toggle('is-empty', count === 0);
		}
	};

	const renderResult = (data: PagefindResultData): HTMLLIElement => {
		const item = document.createElement('li');
		item.className = 'search-result';
		const heading = document.createElement('h3');
		const link = document.createElement('a');
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		heading.append(link);
		const byline = document.createElement('p');
		byline.className = 'muted';
		byline.textContent = [data.filters.type?.[0], data.meta.authors, data.meta.date]
			.filter(Boolean)
			.join(' · ');
		const excerpt = document.createElement('p');
		// Pagefind escapes page text and adds only <mark> around matches.
		excerpt.innerHTML = data.excerpt;
		item.append(heading, byline, excerpt);
		return item;
	};

	const showMore = async (run: number) => {
		const page = await Promise.all(current.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
		if (run !== generation) return;
		list.append(...page.map(renderResult));
		shown += page.length;
		more.hidden = shown >= current.length;
	};

	const run = async (state: SearchState) => {
		const runId = ++generation;
		renderChips(state);
		const hasFilters = Object.keys(state.filters).length > 0;
		if (!state.query && !hasFilters) {
			list.replaceChildren();
			more.hidden = true;
			renderCounts('totals');
			status.textContent = 'Type a word or tick a term to search.';
			return;
		}
		status.textContent = 'Searching…';
		// A ticked term is the reader using the panel: its counts should follow.
		if (hasFilters) void loadCounts();
		try {
			const engine = await loadPagefind();
			const search = await engine.search(state.query || null, {
				filters: toPagefindFilters(state.filters),
				sort: state.query ? undefined : { date: 'desc' },
			});
			if (runId !== generation || !search) return;
			current = search.results;
			shown = 0;
			list.replaceChildren();
			renderCounts(countsReady ? search.filters : 'pending');
			const count = current.length;
			status.textContent = `${count} ${count === 1 ? 'result' : 'results'}${state.query ? ` for “${state.query}”` : ''}.`;
			await showMore(runId);
		} catch {
			status.textContent =
				'Search is unavailable: the search index was not found. Run the production build (npm start) to create it.';
		}
	};

	const commit = (mode: HistoryMode = 'push') => {
		const state = readForm();
		writeQueryToHistory(serializeSearchState(state, facetIds), mode);
		void run(state);
	};

	commitOnTypingPause(input, commit, 200);
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type="checkbox"]')) commit();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		commit();
	});
	more.addEventListener('click', () => void showMore(generation));
	window.addEventListener('popstate', () => {
		const state = parseSearchState(new URLSearchParams(location.search), facetIds);
		writeForm(state);
		void run(state);
	});

	const panel = form.querySelector<HTMLDetailsElement>('[data-collapsible-filters]');
	if (panel && matchMedia('(max-width: 60rem)').matches) panel.open = false;
	if (panel) {
		const reach = () => void loadCounts();
		panel.addEventListener('pointerenter', reach, { once: true });
		panel.addEventListener('focusin', reach, { once: true });
		panel.addEventListener('toggle', () => panel.open && reach());
	}

	const initial = parseSearchState(new URLSearchParams(location.search), facetIds);
	writeForm(initial);
	void run(initial);
}
