/**
 * Formats a moment as `YYYY-MM-DD` in the machine's own time zone, so a note added late in the evening carries the
 * contributor's date rather than tomorrow's UTC date.
 *
 * @example formatLocalDate(new Date(2026, 10, 24, 23, 30)) // '2026-11-24'
 */
export function formatLocalDate(moment: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
