/** Shows the Copy BibTeX buttons and copies the entry; where the clipboard is unavailable, selects the text instead. */
export function installCopyButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-bibtex]')) {
		const block = button.closest('.cite-block');
		const code = block?.querySelector<HTMLElement>('[data-bibtex]');
		const status = block?.querySelector<HTMLElement>('[data-copy-status]');
		if (!code) continue;
		button.hidden = false;
		button.addEventListener('click', async () => {
			const text = code.textContent ?? '';
			try {
				await navigator.clipboard.writeText(text);
				if (status) status.textContent = 'BibTeX copied to the clipboard.';
			} catch {
				const range = document.createRange();
				range.selectNodeContents(code);
				const selection = getSelection();
				selection?.removeAllRanges();
				selection?.addRange(range);
				if (status)
					status.textContent =
						'Copying is blocked here; the entry is selected, press Ctrl+C (⌘C) to copy it.';
			}
		});
	}
}
