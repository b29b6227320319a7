import {
	parseSearchState,
	serializeSearchState,
	toPagefindFilters,
	type SearchState,
} from '../lib/search-state';
import { renderFilterChips } from './filter-chips';
import { commitOnTypingPause, writeQueryToHistory, type HistoryMode } from './url-history';
import { sitePath } from '../lib/site-url';

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
	// Like installPaperBrowser, it first finds its own elements; the duplicate scan pairs the two by shape only.
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
				// Pagefind reports counts only for filter keys it has loaded; load them all once so every facet gets counts.
				await module.filters();
				return module;
			},
		));

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

	const renderCounts = (counts: PagefindSearch['filters'] | undefined) => {
		for (const element of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
			const [facet, term] = element.dataset.countFor!.split('/') as [string, string];
			const count = counts?.[facet]?.[term] ?? 0;
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
			renderCounts(undefined);
			status.textContent = 'Type a word or tick a term to search.';
			const totals = await loadPagefind()
				.then((engine) => engine.search(null, { filters: { type: 'Paper' } }))
				.catch(() => null);
			if (runId === generation && totals) renderCounts(totals.filters);
			return;
		}
		status.textContent = 'Searching…';
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
			renderCounts(search.filters);
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

	const initial = parseSearchState(new URLSearchParams(location.search), facetIds);
	writeForm(initial);
	void run(initial);
}
