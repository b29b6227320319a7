/**
 * Enhances leaderboards: the Value header reverses the order, and a term picker filters rows. Without JavaScript
 * the table stays ranked and the grouped lists below it do the filtering.
 */
export function installLeaderboards(): void {
	for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
		const header = table.querySelector<HTMLTableCellElement>('th[aria-sort]');
		const body = table.tBodies[0];
		if (!header || !body) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort-button';
		button.textContent = header.textContent ?? 'Value';
		header.replaceChildren(button);
		button.addEventListener('click', () => {
			const descending = header.getAttribute('aria-sort') !== 'descending';
			header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
			const rows = [...body.rows].sort((a, b) => {
				const value = (row: HTMLTableRowElement) =>
					Number(row.querySelector<HTMLElement>('[data-value]')?.dataset.value);
				return descending ? value(b) - value(a) : value(a) - value(b);
			});
			body.append(...rows);
		});

		const terms = [
			...new Set([...body.rows].flatMap((row) => (row.dataset.terms ?? '').split(' ').filter(Boolean))),
		];
		const labels = new Map(
			[...body.rows].flatMap((row) =>
				[...row.querySelectorAll<HTMLElement>('[data-term]')].map(
					(cell) => [cell.dataset.term!, cell.textContent ?? ''] as const,
				),
			),
		);
		if (terms.length < 2) continue;
		const label = document.createElement('label');
		label.className = 'leaderboard-filter';
		label.textContent = 'Show ';
		const select = document.createElement('select');
		select.append(
			new Option('all papers', ''),
			...terms.map((term) => new Option(labels.get(term) ?? term, term)),
		);
		label.append(select);
		table.closest('figure')?.querySelector('figcaption')?.after(label);
		select.addEventListener('change', () => {
			for (const row of body.rows)
				row.hidden = select.value !== '' && !(row.dataset.terms ?? '').split(' ').includes(select.value);
		});
	}
}
