/** Shows the Copy BibTeX buttons and copies the entry; where the clipboard is unavailable, selects the text instead. */
export function installCopyButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-bibtex]')) {
		const block = button.closest('.cite-block');
		const code = block?.querySelector<HTMLElement>('[data-bibtex]');
		const status = block?.querySelector<HTMLElement>('[data-copy-status]');
		if (!code) continue;
		button.hidden = false;
		button.addEventListener('click', () => void copy(code, status));
	}
}

// Copies the entry, or selects it where the clipboard is blocked, and says which happened.
async function copy(code: HTMLElement, status: HTMLElement | null | undefined): Promise<void> {
	try {
		await navigator.clipboard.writeText(code.textContent ?? '');
		if (status) status.textContent = 'BibTeX copied to the clipboard.';
	} catch {
		const range = document.createRange();
		range.selectNodeContents(code);
		const selection = getSelection();
		selection?.removeAllRanges();
		selection?.addRange(range);
		if (status)
			status.textContent = 'Copying is blocked here; the entry is selected, press Ctrl+C (⌘C) to copy it.';
	}
}
