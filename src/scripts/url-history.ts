/** How a change enters the browser history: a new entry (Back undoes it) or a replacement of the current one. */
export type HistoryMode = 'push' | 'replace';

/** Writes `search` (a query string or '') into the address bar unless it is already there. */
export function writeQueryToHistory(search: string, mode: HistoryMode): void {
	if (search === location.search) return;
	history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${search}`);
}

/**
 * Calls `commit` when typing in `input` pauses: one filter pass per pause rather than per keystroke, and one
 * history entry per burst of typing (the first pause pushes, later pauses replace, until the field loses focus).
 */
export function commitOnTypingPause(
	input: HTMLInputElement,
	commit: (mode: HistoryMode) => void,
	delayMs: number,
): void {
	let timer: number | undefined;
	let inBurst = false;
	input.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => {
			commit(inBurst ? 'replace' : 'push');
			inBurst = true;
		}, delayMs);
	});
	input.addEventListener('blur', () => (inBurst = false));
}
