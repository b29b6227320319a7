import type { PaperData } from '../../schemas/paper.ts';
import { normaliseArxivId, normaliseTitle } from '../../lib/papers/normalise-paper-keys.ts';

/** A paper that repeats an earlier one, and what they share. */
export interface DuplicatePaper {
	slug: string;
	other: string;
	by: 'arxiv' | 'doi' | 'title';
	value: string;
}

/**
 * Finds papers that repeat another: the same arXiv id in any version, the same DOI, or the same normalised title.
 * Papers are compared in the order given; each duplicate names the first paper it repeats.
 */
export function findDuplicatePapers(
	papers: readonly { slug: string; data: Pick<PaperData, 'title' | 'arxiv' | 'doi'> }[],
): DuplicatePaper[] {
	const seen = {
		arxiv: new Map<string, string>(),
		doi: new Map<string, string>(),
		title: new Map<string, string>(),
	};
	const duplicates: DuplicatePaper[] = [];
	for (const { slug, data } of papers) {
		const keys = getDuplicateKeys(data);
		for (const by of ['arxiv', 'doi', 'title'] as const) {
			const key = keys[by];
			if (!key) continue;
			const other = seen[by].get(key);
			if (other !== undefined) duplicates.push({ slug, other, by, value: by === 'title' ? data.title : key });
			else seen[by].set(key, slug);
		}
	}
	return duplicates;
}

/** What two papers are compared by: the arXiv id without its version, the DOI ignoring case, the normalised title. */
export function getDuplicateKeys(data: Pick<PaperData, 'title' | 'arxiv' | 'doi'>): {
	arxiv: string | undefined;
	doi: string | undefined;
	title: string;
} {
	return {
		arxiv: data.arxiv ? normaliseArxivId(data.arxiv) : undefined,
		doi: data.doi?.toLowerCase(),
		title: normaliseTitle(data.title),
	};
}
