import { z } from 'astro/zod';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source allows, never padded with invented days. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reports whether `value` is a real calendar date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(value: string): boolean {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const monthNumber = Number(month);
	if (monthNumber < 1 || monthNumber > 12) return false;
	if (day === undefined) return true;
	const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
	const dayNumber = Number(day);
	return dayNumber >= 1 && dayNumber <= daysInMonth;
}

// YAML 1.1 parsers (Astro's frontmatter reader) turn `2025-09-12` into a Date; normalise it back to text.
const dateText = z.preprocess(
	(value) =>
		value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
	z.string({ error: 'must be a date written as YYYY-MM-DD' }),
);

/** A date that may be partial (`2026`, `2026-02`, `2026-02-11`), kept as text so it sorts and prints as written. */
export const PartialDateSchema = dateText.refine(isPartialDate, {
	error: 'must be a real date written as YYYY-MM-DD (or YYYY-MM, or YYYY when only the year is known)',
});

/** A full calendar date `YYYY-MM-DD`. */
export const FullDateSchema = dateText.refine(
	(value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value),
	{
		error: 'must be a real date written as YYYY-MM-DD',
	},
);
