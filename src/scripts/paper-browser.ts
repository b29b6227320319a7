import { applyBrowseState, buildBrowseIndex, type BrowseRecord } from '../lib/browse/browse-index.ts';
import {
	parseBrowseState,
	serializeBrowseState,
	type BrowseState,
	type SortOrder,
} from '../lib/browse/browse-state.ts';
import { renderFilterChips, type FilterChip } from './filter-chips.ts';
import { commitOnTypingPause, writeQueryToHistory, type HistoryMode } from './url-history.ts';
import { toCitationKey } from '../lib/citations/citation-key.ts';
import { sitePath } from '../lib/site-url.ts';

/**
 * Runs the paper browser: reads papers from the server-rendered list and its other static pages, filters with a
 * bitset index, and keeps the URL as the single source of truth (each change is a history entry, so Back undoes it).
 */
export async function installPaperBrowser(): Promise<void> {
	const root = document.querySelector<HTMLElement>('[data-browser]');
	if (!root) return;
	const form = root.querySelector<HTMLFormElement>('[data-browser-controls]')!;
	const list = root.querySelector<HTMLUListElement>('[data-browser-list]')!;
	const status = root.querySelector<HTMLElement>('[data-browser-status]')!;
	const chips = root.querySelector<HTMLUListElement>('[data-browser-chips]')!;
	const empty = root.querySelector<HTMLElement>('[data-browser-empty]')!;
	const sortSelect = root.querySelector<HTMLSelectElement>('[data-browser-sort]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-browser-more]')!;
	const PAGE_SIZE = Number(root.dataset.pageSize) || 30;
	const textInput = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const facetIds = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')].map(
		(fieldset) => fieldset.dataset.facet!,
	);
	const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
	const otherPages = (root.dataset.otherPages ?? '').split(' ').filter(Boolean);
	if (otherPages.length > 0) {
		try {
			items.push(...(await fetchRows(otherPages)));
		} catch {
			// Filtering part of the survey would mislead: without every page, stay the static list with its pages.
			return;
		}
		root.querySelector<HTMLElement>('[data-list-pagination]')?.setAttribute('hidden', '');
	}
	// Headings' text as a reader sees it: the markup's line breaks and indentation must not decide the title order.
	const headingOf = (item: HTMLElement) =>
		(item.querySelector('h2, h3')?.textContent ?? '').replace(/\s+/g, ' ').trim();
	const records: BrowseRecord[] = items.map((item) => ({
		terms: (item.dataset.terms ?? '').split(' ').filter(Boolean),
		year: Number(item.dataset.date!.slice(0, 4)),
		date: item.dataset.date!,
		added: item.dataset.added!,
		title: headingOf(item),
		hasCode: item.dataset.code === '1',
		text: `${headingOf(item)} ${item.querySelector('.byline')?.textContent ?? ''}`.toLowerCase(),
	}));
	const index = buildBrowseIndex(records);
	const countElements = new Map(
		[...form.querySelectorAll<HTMLElement>('[data-count]')].map((element) => [
			element.dataset.count!,
			element,
		]),
	);
	const labels = new Map(
		[...form.querySelectorAll<HTMLElement>('[data-term-row]')].map((row) => [
			row.dataset.termRow!,
			`${row.closest('fieldset')!.querySelector('legend')!.textContent}: ${row.querySelector('label span')!.textContent}`,
		]),
	);

	const readControls = (): BrowseState => {
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(form))
			if (typeof value === 'string' && value) params.append(name, value);
		for (const button of form.querySelectorAll<HTMLButtonElement>('[data-exclude][aria-pressed="true"]'))
			params.append('not', button.dataset.exclude!);
		params.set('sort', sortSelect.value);
		return parseBrowseState(params, facetIds);
	};

	const writeControls = (state: BrowseState) => {
		textInput.value = state.text;
		form.querySelector<HTMLSelectElement>('select[name="from"]')!.value =
			state.from === undefined ? '' : String(state.from);
		form.querySelector<HTMLSelectElement>('select[name="to"]')!.value =
			state.to === undefined ? '' : String(state.to);
		form.querySelector<HTMLInputElement>('input[name="code"]')!.checked = state.hasCode;
		for (const box of form.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]'))
			box.checked = state.include[box.name]?.includes(box.value) ?? false;
		for (const button of form.querySelectorAll<HTMLButtonElement>('[data-exclude]')) {
			const [facet, term] = button.dataset.exclude!.split(':') as [string, string];
			button.setAttribute('aria-pressed', String(state.exclude[facet]?.includes(term) ?? false));
		}
		sortSelect.value = state.sort;
	};

	const renderChips = (state: BrowseState) => {
		const entries: FilterChip[] = [];
		if (state.text) entries.push({ label: `Text: ${state.text}`, clear: () => (textInput.value = '') });
		for (const [facet, terms] of Object.entries(state.include)) {
			for (const term of terms)
				entries.push({
					label: labels.get(`${facet}/${term}`) ?? term,
					clear: () =>
						(form.querySelector<HTMLInputElement>(
							`input[name="${CSS.escape(facet)}"][value="${CSS.escape(term)}"]`,
						)!.checked = false),
				});
		}
		for (const [facet, terms] of Object.entries(state.exclude)) {
			for (const term of terms)
				entries.push({
					label: `Not ${labels.get(`${facet}/${term}`) ?? term}`,
					clear: () =>
						form
							.querySelector(`[data-exclude="${CSS.escape(`${facet}:${term}`)}"]`)!
							.setAttribute('aria-pressed', 'false'),
				});
		}
		if (state.from !== undefined || state.to !== undefined) {
			entries.push({
				label: `Years: ${state.from ?? '…'}–${state.to ?? '…'}`,
				clear: () =>
					form
						.querySelectorAll<HTMLSelectElement>('select[name="from"], select[name="to"]')
						.forEach((select) => (select.value = '')),
			});
		}
		if (state.hasCode)
			entries.push({
				label: 'Has code',
				clear: () => (form.querySelector<HTMLInputElement>('input[name="code"]')!.checked = false),
			});
		renderFilterChips(chips, entries, commit);
	};

	// Show a page of matches at a time, and keep only those in the document: the other items stay detached, so a
	// filter change styles and lays out one page of papers, whether the survey has a hundred or ten thousand.
	let shownLimit = PAGE_SIZE;
	let matches: number[] = [];
	const showMatches = () => {
		const shown = matches.slice(0, shownLimit);
		list.replaceChildren(...shown.map((position) => items[position]!));
		const rest = matches.length - shown.length;
		more.hidden = rest === 0;
		more.textContent = `Show ${Math.min(PAGE_SIZE, rest)} more of ${rest}`;
	};
	more.addEventListener('click', () => {
		shownLimit += PAGE_SIZE;
		showMatches();
	});

	const render = (state: BrowseState) => {
		const result = applyBrowseState(index, state);
		matches = result.ordered;
		shownLimit = PAGE_SIZE;
		showMatches();
		for (const [key, element] of countElements) {
			const count = String(result.counts.get(key) ?? 0);
			if (element.textContent !== count) {
				element.textContent = count;
				element.parentElement!.classList.toggle('is-empty', count === '0');
			}
		}
		status.textContent =
			result.ordered.length === items.length
				? `${items.length} papers`
				: `${result.ordered.length} of ${items.length} papers`;
		empty.hidden = result.ordered.length > 0;
		renderChips(state);
		return result;
	};

	let lastState = parseBrowseState(new URLSearchParams(location.search), facetIds);
	const commit = (mode: HistoryMode = 'push') => {
		const state = readControls();
		writeQueryToHistory(serializeBrowseState(state, facetIds), mode);
		lastState = state;
		render(state);
	};

	commitOnTypingPause(textInput, commit, 120);
	form.addEventListener('change', (event) => {
		if (event.target !== textInput) commit();
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-exclude]');
		if (!button) return;
		const pressed = button.getAttribute('aria-pressed') === 'true';
		button.setAttribute('aria-pressed', String(!pressed));
		if (!pressed) {
			const [facet, term] = button.dataset.exclude!.split(':') as [string, string];
			const box = form.querySelector<HTMLInputElement>(
				`input[name="${CSS.escape(facet)}"][value="${CSS.escape(term)}"]`,
			);
			if (box) box.checked = false;
		}
		commit();
	});
	const clearAll = () => {
		writeControls({
			include: {},
			exclude: {},
			hasCode: false,
			text: '',
			sort: sortSelect.value as SortOrder,
		});
		commit();
	};
	form.addEventListener('reset', (event) => {
		event.preventDefault();
		clearAll();
	});
	root.querySelector('[data-browser-clear]')?.addEventListener('click', clearAll);
	sortSelect.addEventListener('change', () => commit());
	window.addEventListener('popstate', () => {
		lastState = parseBrowseState(new URLSearchParams(location.search), facetIds);
		writeControls(lastState);
		render(lastState);
	});

	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-export]')) {
		button.addEventListener(
			'click',
			() =>
				void exportView(
					button.dataset.export === 'bib' ? 'bib' : 'csl',
					matches.map((position) => items[position]!.dataset.slug!),
				),
		);
	}

	// On a phone the filters would push the list a screen down: start them folded.
	const panel = form.querySelector<HTMLDetailsElement>('[data-collapsible-filters]');
	if (panel && matchMedia('(max-width: 60rem)').matches) panel.open = false;
	form.hidden = false;
	root.querySelector<HTMLElement>('[data-browser-bar]')!.hidden = false;
	writeControls(lastState);
	render(lastState);
}

/** The rows of the list's other static pages, in page order; they stay out of the document until shown. */
async function fetchRows(urls: string[]): Promise<HTMLLIElement[]> {
	const parser = new DOMParser();
	const pages = await Promise.all(
		urls.map(async (url) => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			return parser.parseFromString(await response.text(), 'text/html');
		}),
	);
	// Adopted now, while the page loads, so that a filter change never pays for moving rows between documents.
	return pages.flatMap((page) =>
		[...page.querySelectorAll<HTMLLIElement>('[data-browse-rows] > li')].map((row) =>
			document.adoptNode(row),
		),
	);
}

/** Downloads the BibTeX or CSL-JSON of the papers in view, cut from the site's full exports. */
async function exportView(format: 'bib' | 'csl', slugs: string[]): Promise<void> {
	const wanted = new Set(slugs);
	let text: string;
	if (format === 'bib') {
		const bib = await (await fetch(sitePath('papers.bib'))).text();
		const keys = new Set(slugs.map(toCitationKey));
		text = `${bib
			.split(/\n(?=@)/)
			.filter((entry) => keys.has(/^@\w+\{([^,]+),/.exec(entry.trim())?.[1] ?? ''))
			.map((entry) => entry.trim())
			.join('\n\n')}\n`;
	} else {
		const items = (await (await fetch(sitePath('papers.csl.json'))).json()) as { id: string }[];
		text = `${JSON.stringify(
			items.filter((item) => wanted.has(item.id)),
			null,
			2,
		)}\n`;
	}
	const blob = new Blob([text], { type: format === 'bib' ? 'application/x-bibtex' : 'application/json' });
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = format === 'bib' ? 'action-atlas-papers.bib' : 'action-atlas-papers.csl.json';
	link.click();
	URL.revokeObjectURL(link.href);
}
