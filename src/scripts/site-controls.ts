/** Wires the theme toggle and the "/" shortcut that focuses search; both exist on every page. */
export function installSiteControls(): void {
	const root = document.documentElement;
	document.querySelector<HTMLButtonElement>('[data-theme-toggle]')?.addEventListener('click', () => {
		const current =
			root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
		const next = current === 'dark' ? 'light' : 'dark';
		root.dataset.theme = next;
		try {
			localStorage.setItem('atlas-theme', next);
		} catch {
			// Storage blocked: the choice lasts for this page only.
		}
	});

	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
		const input =
			document.querySelector<HTMLInputElement>('[data-search-main]') ??
			document.querySelector<HTMLInputElement>('[data-search-shortcut]');
		if (!input) return;
		event.preventDefault();
		input.focus();
		input.select();
	});
}
