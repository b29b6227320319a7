import type { PaperRecord } from '../papers/paper-record.ts';

/** One event in the survey's history: a paper added or revised. */
export interface ChangeEvent<T> {
	kind: 'added' | 'updated';
	/** ISO date of the event. */
	date: string;
	paper: T;
}

/** A month of changes, newest month first. */
export interface ChangeMonth<T> {
	/** `YYYY-MM`. */
	month: string;
	events: ChangeEvent<T>[];
}

/** Lists every addition and revision, newest first; ties keep title order so the page never reshuffles. */
export function listChanges<T extends Pick<PaperRecord, 'data'>>(papers: readonly T[]): ChangeEvent<T>[] {
	const events = papers.flatMap((paper): ChangeEvent<T>[] => [
		{ kind: 'added', date: paper.data.added, paper },
		...(paper.data.updated && paper.data.updated !== paper.data.added
			? [{ kind: 'updated' as const, date: paper.data.updated, paper }]
			: []),
	]);
	return events.sort(
		(a, b) =>
			b.date.localeCompare(a.date) ||
			a.kind.localeCompare(b.kind) ||
			a.paper.data.title.localeCompare(b.paper.data.title),
	);
}

/** Groups change events by month, newest month first. */
export function groupChangesByMonth<T>(events: readonly ChangeEvent<T>[]): ChangeMonth<T>[] {
	const months: ChangeMonth<T>[] = [];
	for (const event of events) {
		const month = event.date.slice(0, 7);
		const last = months.at(-1);
		if (last?.month === month) last.events.push(event);
		else months.push({ month, events: [event] });
	}
	return months;
}
