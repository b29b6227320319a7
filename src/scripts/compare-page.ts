import {
	buildCompareSections,
	listCompareRelations,
	parseCompareSlugs,
	type CompareCell,
	type CompareMeta,
	type ComparePaper,
	type CompareSection,
} from '../lib/compare/compare-view.ts';
import { evidenceElement } from './evidence-element.ts';
import { writePicked } from './compare-selection.ts';
import { getCompareDataPath, getPaperPath, PAPERS_PATH, sitePath } from '../lib/site-url.ts';
import { writeQueryToHistory } from './url-history.ts';

const element = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {},
	...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] => {
	const node = Object.assign(document.createElement(tag), props);
	for (const child of children) if (child) node.append(child);
	return node;
};

/**
 * Runs `/compare/`: the URL (`?papers=a,b,c&diff=1`) is the whole state. Fetches the labels once and each shown
 * paper's small data file, so a comparison costs a few kilobytes whatever the survey's size.
 */
export function installComparePage(): void {
	const root = document.querySelector<HTMLElement>('[data-compare]');
	if (!root) return;
	const base = root.dataset.base!;
	const view = root.querySelector<HTMLElement>('[data-compare-view]')!;
	const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
	const diffBox = root.querySelector<HTMLInputElement>('[data-compare-diff]')!;
	root.querySelector<HTMLElement>('[data-compare-nojs]')!.hidden = true;
	root.querySelector<HTMLElement>('[data-compare-controls]')!.hidden = false;

	let meta: Promise<CompareMeta> | undefined;
	const papers = new Map<string, Promise<ComparePaper | undefined>>();
	const loadMeta = () =>
		(meta ??= fetch(sitePath('compare/meta.json')).then(
			(response) => response.json() as Promise<CompareMeta>,
		));
	const loadPaper = (slug: string) => {
		if (!papers.has(slug))
			papers.set(
				slug,
				fetch(sitePath(getCompareDataPath(slug))).then((response) =>
					response.ok ? (response.json() as Promise<ComparePaper>) : undefined,
				),
			);
		return papers.get(slug)!;
	};

	const writeState = (slugs: readonly string[], diff: boolean) => {
		const params = new URLSearchParams();
		if (slugs.length > 0) params.set('papers', slugs.join(','));
		if (diff) params.set('diff', '1');
		const search = params.toString() ? `?${params.toString().replace(/%2C/g, ',')}` : '';
		writeQueryToHistory(search, 'push');
		void render();
	};

	const renderCell = (cell: CompareCell): Node => {
		if (cell.kind === 'terms') {
			if (cell.terms.length === 0) return element('span', { className: 'muted' }, 'none');
			return element(
				'ul',
				{ className: 'compare-terms' },
				...cell.terms.map((term) =>
					element(
						'li',
						{},
						element('span', { className: 'chip' }, term.label),
						term.reason && element('span', { className: 'compare-reason' }, term.reason),
					),
				),
			);
		}
		if (cell.kind === 'text')
			return cell.text
				? element('span', {}, cell.text, cell.evidence && evidenceElement(cell.evidence))
				: element('span', { className: 'muted' }, 'not given');
		if (!cell.result) return element('span', { className: 'muted' }, 'not reported');
		const { result } = cell;
		const details = [
			result.inputs?.length ? `inputs: ${result.inputs.join(', ')}` : '',
			result.unranked ? `unranked: ${result.unranked}` : '',
			result.setting ?? '',
		].filter(Boolean);
		return element(
			'span',
			{},
			element('strong', {}, String(result.value)),
			details.length > 0 && element('span', { className: 'compare-source' }, ` (${details.join('; ')})`),
			evidenceElement(result.evidence),
		);
	};

	const renderSection = (section: CompareSection, shown: readonly ComparePaper[], diff: boolean) => {
		const rows = section.rows.filter((row) => !diff || row.differs);
		if (rows.length === 0) return undefined;
		return element(
			'tbody',
			{},
			element(
				'tr',
				{ className: 'compare-section' },
				element('th', { scope: 'colgroup', colSpan: shown.length + 1 }, section.title),
			),
			...rows.map((row) => {
				const tr = element(
					'tr',
					{ className: row.differs ? 'differs' : '' },
					element(
						'th',
						{ scope: 'row' },
						row.label,
						row.differs && element('span', { className: 'differs-mark' }, ' (differs)'),
					),
					...row.cells.map((cell) => element('td', {}, renderCell(cell))),
				);
				tr.dataset.row = row.id;
				return tr;
			}),
		);
	};

	const render = async () => {
		const params = new URLSearchParams(location.search);
		const slugs = parseCompareSlugs(params.get('papers'));
		const diff = params.get('diff') === '1';
		diffBox.checked = diff;
		view.replaceChildren();
		if (slugs.length < 2) {
			status.textContent =
				slugs.length === 1
					? 'Pick at least one more paper to compare.'
					: 'Pick two to five papers to compare.';
			view.append(
				element(
					'p',
					{},
					'Tick “Compare” beside papers in the ',
					element('a', { href: sitePath(PAPERS_PATH) }, 'paper browser'),
					', or use “Compare with…” on a paper page.',
				),
			);
			if (slugs.length === 0) return;
		}
		status.textContent = 'Loading…';
		const [labels, ...loaded] = await Promise.all([loadMeta(), ...slugs.map(loadPaper)]);
		const shown = loaded.filter((paper): paper is ComparePaper => paper !== undefined);
		const missing = slugs.filter((_slug, position) => loaded[position] === undefined);
		writePicked(
			base,
			shown.map(({ slug, name }) => ({ slug, name })),
		);
		const table = element('table', { className: 'compare-table' });
		table.append(
			element(
				'caption',
				{ className: 'visually-hidden' },
				`Comparison of ${shown.map((paper) => paper.name).join(', ')}`,
			),
			element(
				'thead',
				{},
				element(
					'tr',
					{},
					element('td', {}),
					...shown.map((paper) =>
						element(
							'th',
							{ scope: 'col' },
							element(
								'a',
								{ href: sitePath(getPaperPath(paper.slug)), className: 'compare-name' },
								paper.name,
							),
							element('span', { className: 'compare-title' }, paper.title),
							element('span', { className: 'muted' }, [paper.date, paper.venue].filter(Boolean).join(' · ')),
							element(
								'span',
								{ className: 'compare-links' },
								...paper.links.flatMap((link, position) => [
									position > 0 ? ' · ' : '',
									element('a', { href: link.href, rel: 'noopener noreferrer' }, link.label),
								]),
							),
							element(
								'button',
								{
									type: 'button',
									className: 'compare-remove',
									onclick: () =>
										writeState(
											shown.filter((other) => other !== paper).map((other) => other.slug),
											diffBox.checked,
										),
								},
								'Remove',
								element('span', { className: 'visually-hidden' }, ` ${paper.name}`),
							),
						),
					),
				),
			),
		);
		const sections = buildCompareSections(labels, shown);
		for (const section of sections) {
			const body = renderSection(section, shown, diff);
			if (body) table.append(body);
		}
		view.replaceChildren(element('div', { className: 'table-scroll compare-scroll' }, table));
		const relations = listCompareRelations(labels, shown);
		view.append(
			element('h2', {}, 'Relations between these papers'),
			relations.length > 0
				? element(
						'ul',
						{ className: 'relation-list' },
						...relations.map((relation) =>
							element('li', {}, `${relation.from} ${relation.phrase} ${relation.to}.`),
						),
					)
				: element(
						'p',
						{ className: 'muted' },
						'None of these papers names another of them in its relations.',
					),
		);
		const differing = sections.flatMap((section) => section.rows).filter((row) => row.differs).length;
		status.textContent = [
			shown.length < 2
				? 'Pick at least one more paper to compare.'
				: `Comparing ${shown.length} papers; ${differing} ${differing === 1 ? 'row differs' : 'rows differ'}.`,
			missing.length > 0 ? `Not in the survey: ${missing.join(', ')}.` : '',
		]
			.filter(Boolean)
			.join(' ');
	};

	diffBox.addEventListener('change', () =>
		writeState(parseCompareSlugs(new URLSearchParams(location.search).get('papers')), diffBox.checked),
	);
	window.addEventListener('popstate', () => void render());
	void render();
}
