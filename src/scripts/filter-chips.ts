/** An active filter shown as a chip: its label, and how to undo it in the form. */
export interface FilterChip {
	label: string;
	clear: () => void;
}

/** Shows active filters as removable chips; removing one clears it in the form, then calls `onChange`. */
export function renderFilterChips(
	container: HTMLElement,
	chips: readonly FilterChip[],
	onChange: () => void,
): void {
	container.replaceChildren(
		...chips.map((chip) => {
			const item = document.createElement('li');
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = `${chip.label} ✕`;
			button.setAttribute('aria-label', `Remove filter ${chip.label}`);
			button.addEventListener('click', () => {
				chip.clear();
				onChange();
			});
			item.append(button);
			return item;
		}),
	);
}
