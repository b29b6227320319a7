import { distance } from 'fastest-levenshtein';

/** A candidate for "did you mean": the id to suggest and the words that should find it. */
export interface SuggestionCandidate {
	id: string;
	/** Extra spellings that point to `id`, e.g. a term's aliases. */
	aliases?: readonly string[];
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * Returns up to `limit` candidate ids closest to `value`, best first, or none when nothing is plausibly meant. A
 * candidate is an id, or an id with aliases.
 *
 * @example suggestClosest('latnt', ['latent', 'language']) // ['latent']
 */
export function suggestClosest(
	value: string,
	candidates: readonly (string | SuggestionCandidate)[],
	limit = 3,
): string[] {
	const wanted = normalise(value);
	const scored = candidates.map((entry) => {
		const candidate = typeof entry === 'string' ? { id: entry } : entry;
		const spellings = [candidate.id, ...(candidate.aliases ?? [])].map(normalise);
		const score = Math.min(
			...spellings.map((spelling) => {
				if (spelling === wanted) return 0;
				if (wanted.length >= 3 && (spelling.includes(wanted) || wanted.includes(spelling))) return 1;
				return distance(wanted, spelling);
			}),
		);
		return { id: candidate.id, score };
	});
	const threshold = Math.max(2, Math.ceil(wanted.length / 3));
	return scored
		.filter((entry) => entry.score <= threshold)
		.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
		.slice(0, limit)
		.map((entry) => entry.id);
}
