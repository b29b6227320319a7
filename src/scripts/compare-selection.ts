/** The papers a reader has picked for comparison, kept across pages in localStorage (per site base). */
export interface PickedPaper {
	slug: string;
	name: string;
}

/** Most papers one comparison shows; more columns stop being readable. */
export const MAX_COMPARED = 5;

// One key per site base, so two surveys served from one origin keep separate selections.
const storageKey = (base: string) => `atlas-compare:${base}`;

/** Reads the picked papers; an unreadable or blocked store counts as empty. */
export function readPicked(base: string): PickedPaper[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(base)) ?? '[]');
		return Array.isArray(parsed)
			? parsed
					.filter(
						(entry: unknown): entry is PickedPaper =>
							typeof (entry as Partial<PickedPaper> | null)?.slug === 'string' &&
							typeof (entry as Partial<PickedPaper> | null)?.name === 'string',
					)
					.slice(0, MAX_COMPARED)
			: [];
	} catch {
		return [];
	}
}

/** Stores the picked papers; where storage is blocked the choice lasts for this page only. */
export function writePicked(base: string, picked: readonly PickedPaper[]): void {
	try {
		localStorage.setItem(storageKey(base), JSON.stringify(picked.slice(0, MAX_COMPARED)));
	} catch {
		// Private modes may refuse storage; the tray still works on this page.
	}
}

/** The comparison URL for a list of slugs. */
export function compareHref(compareBase: string, slugs: readonly string[]): string {
	return `${compareBase}?papers=${slugs.join(',')}`;
}
