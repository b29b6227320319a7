const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Formats a partial ISO date for readers, never adding precision the source does not have.
 *
 * @example formatPartialDate('2025-09-12') // '12 Sep 2025'
 * @example formatPartialDate('2026') // '2026'
 */
export function formatPartialDate(date: string): string {
	const [year, month, day] = date.split('-');
	if (!month) return year!;
	const monthName = MONTHS[Number(month) - 1]!;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The year of a partial ISO date, as a number. */
export function getYear(date: string): number {
	return Number(date.slice(0, 4));
}
