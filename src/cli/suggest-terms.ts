import type { Facet } from '../schemas/facet.ts';

/** A classified note, as the suggester sees it. */
export interface SuggestionNote {
	slug: string;
	/** Short name, for reasons such as "UniVLA, LAPA". */
	name: string;
	/** Title, summary and body, as {@link composeNoteText} makes them. */
	text: string;
	/** Facet id → current term ids (no ancestors). */
	terms: Readonly<Record<string, readonly string[]>>;
}

/** One suggested term, with the notes that back it. */
export interface TermSuggestion {
	term: string;
	/** Higher is better; comparable within one facet. */
	score: number;
	/** Slugs of the nearest notes that use the term, nearest first. */
	because: string[];
	/** Share of the nearest notes' similarity that backs the term, from 0 (none of them uses it) to 1 (all do). */
	support: number;
	/** Words of the note that name the term (its id, label or an alias), e.g. "latent action". */
	mentions: string[];
}

/** Suggestions for one note: per facet, best first; and the nearest notes with their similarity. */
export interface NoteSuggestions {
	facets: Record<string, TermSuggestion[]>;
	neighbours: { slug: string; name: string; similarity: number }[];
}

/** How many nearest notes vote. */
export const NEIGHBOUR_COUNT = 5;

// Votes count most; a term the text names by its label or an alias counts like a strong neighbour; how often the
// survey uses a term only breaks ties, so a facet never comes back empty while it has terms.
const MENTION_WEIGHT = 0.35;
const PRIOR_WEIGHT = 0.05;

const STOPWORDS = new Set(
	(
		'a an and are as at be been but by can do does for from has have how in into is it its of on or our so than ' +
		'that the their them then there these they this those to was we were what when where which while with ' +
		'without not no also such more most other only both each one two three new use uses used using via between ' +
		'paper papers model models method approach propose proposes show shows work results result it its which'
	).split(' '),
);

/** Splits text into lower-case word stems: letters and digits, stopwords dropped, a plural "s" removed. */
export function tokenize(text: string): string[] {
	return (text.toLowerCase().match(/[a-z][a-z0-9]*|\d+[a-z][a-z0-9]*/g) ?? [])
		.filter((word) => word.length > 1 && !STOPWORDS.has(word))
		.map((word) =>
			word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
		);
}

/**
 * Words that negate or contrast what follows them up to the end of their clause: "without rewards", "none of these
 * environments is a benchmark", "unlike Diffusion Policy". "not only" and "not just" affirm, so they are no cue.
 */
const NEGATION_CUE =
	/\b(?:not(?! only\b| just\b)|no|none of|without|never|neither|nor|unlike|rather than|instead of|in contrast (?:to|with)|compared (?:with|to)|as opposed to)\b/i;

/** Where a clause ends: punctuation, a line break, a dash, or a word that turns to another statement. */
const CLAUSE_BOUNDARY = /([.,;:!?()[\]{}\n—–]|\s-\s|\b(?:but|whereas|while|although|though|however|yet)\b)/i;

/**
 * `text` without what it negates or names only as a contrast: in each clause, the words from a negation or contrast
 * cue (no, not, none of, without, never, unlike, rather than, instead of, in contrast to, compared with or to, as
 * opposed to) to the clause's end. "It predicts tokens, unlike Diffusion Policy" keeps "It predicts tokens,"; "Unlike
 * Diffusion Policy, it predicts tokens" keeps ", it predicts tokens". A term the text names only there is not one the
 * text says the paper has.
 */
export function dropNegatedClauses(text: string): string {
	return text
		.split(CLAUSE_BOUNDARY)
		.map((part, index) => {
			// split() with a capturing group puts the boundaries at odd indices.
			if (index % 2 === 1) return part;
			const cue = NEGATION_CUE.exec(part);
			return cue ? part.slice(0, cue.index) : part;
		})
		.join('');
}

/**
 * The text a note is compared by: title and summary weigh three times as much as the body. The body loses its
 * italic scaffold prompts and the old "Where it sits in the taxonomy" section, which names the chosen terms and
 * would let a note's answer leak into its own suggestions.
 */
export function composeNoteText(parts: {
	title: string;
	name?: string;
	summary?: string;
	body?: string;
}): string {
	const body = (parts.body ?? '')
		.replace(/^## Where it sits in the taxonomy\n[\s\S]*?(?=^## |(?![\s\S]))/m, '')
		.replace(/^_[^_\n]+_$/gm, '')
		.replace(/^TODO\b.*$/gim, '');
	const summary = /^TODO\b/i.test(parts.summary ?? '') ? '' : (parts.summary ?? '');
	const head = [parts.name ?? '', parts.title, summary].join('. ');
	return [head, head, head, body].join('\n');
}

/** TF-IDF vectors of a corpus, normalised to unit length. */
interface VectorSpace {
	idf: Map<string, number>;
	vectors: Map<string, number>[];
}

function buildVectorSpace(texts: readonly string[]): VectorSpace {
	const tokenized = texts.map(tokenize);
	const documentFrequency = new Map<string, number>();
	for (const tokens of tokenized)
		for (const token of new Set(tokens))
			documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
	const idf = new Map(
		[...documentFrequency].map(([token, count]) => [token, Math.log((1 + texts.length) / (1 + count)) + 1]),
	);
	return { idf, vectors: tokenized.map((tokens) => vectorize(tokens, idf)) };
}

function vectorize(tokens: readonly string[], idf: ReadonlyMap<string, number>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
	const vector = new Map<string, number>();
	let norm = 0;
	for (const [token, count] of counts) {
		// Sub-linear term frequency: a word repeated ten times is not ten times as telling.
		const weight = (1 + Math.log(count)) * (idf.get(token) ?? Math.log(1 + idf.size) + 1);
		vector.set(token, weight);
		norm += weight * weight;
	}
	norm = Math.sqrt(norm) || 1;
	for (const [token, weight] of vector) vector.set(token, weight / norm);
	return vector;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let sum = 0;
	for (const [token, weight] of small) sum += weight * (large.get(token) ?? 0);
	return sum;
}

/** A suggester built once over the survey's classified notes, then asked about one note at a time. */
export interface TermSuggester {
	/** Suggests terms for a note's text; `exclude` hides a note of the corpus (the note itself, when re-checking it). */
	suggest: (text: string, options?: { exclude?: string; limit?: number }) => NoteSuggestions;
}

/**
 * Builds a term suggester from the survey's notes and facets: the nearest notes by TF-IDF cosine similarity over
 * title, summary and body vote for their terms, weighted by similarity; a term whose id, label or alias appears in
 * the text gains a bonus; the survey-wide frequency of a term breaks ties. No network and no model.
 */
export function buildTermSuggester(
	notes: readonly SuggestionNote[],
	facets: readonly Facet[],
): TermSuggester {
	const space = buildVectorSpace(notes.map((note) => note.text));
	const frequency = new Map<string, number>();
	for (const note of notes)
		for (const [facet, terms] of Object.entries(note.terms))
			for (const term of terms)
				frequency.set(`${facet}/${term}`, (frequency.get(`${facet}/${term}`) ?? 0) + 1);
	// Each term's id, label and aliases, as word stems to find in a text and as written to quote back.
	const phrases = new Map<string, { stems: string; written: string }[]>(
		facets.flatMap((facet) =>
			facet.terms.map((term) => {
				const seen = new Set<string>();
				const list = [term.id.replace(/-/g, ' '), term.label, ...term.aliases].flatMap((written) => {
					const stems = tokenize(written).join(' ');
					if (stems === '' || seen.has(stems)) return [];
					seen.add(stems);
					return [{ stems, written }];
				});
				return [`${facet.id}/${term.id}`, list] as const;
			}),
		),
	);

	return {
		suggest: (text, { exclude, limit = NEIGHBOUR_COUNT } = {}) => {
			const vector = vectorize(tokenize(text), space.idf);
			const neighbours = notes
				.map((note, position) => ({ note, similarity: cosine(vector, space.vectors[position]!) }))
				.filter(({ note, similarity }) => note.slug !== exclude && similarity > 0)
				.sort((a, b) => b.similarity - a.similarity || a.note.slug.localeCompare(b.note.slug))
				.slice(0, limit);
			const totalSimilarity = neighbours.reduce((sum, { similarity }) => sum + similarity, 0) || 1;
			// A term counts as named only where the text affirms it, never where it negates or contrasts it.
			const wordText = ` ${tokenize(dropNegatedClauses(text)).join(' ')} `;
			const excluded = exclude === undefined ? undefined : notes.find((note) => note.slug === exclude);
			const pool = notes.length - (excluded ? 1 : 0) || 1;

			const byFacet: Record<string, TermSuggestion[]> = {};
			for (const facet of facets) {
				byFacet[facet.id] = facet.terms
					.map((term): TermSuggestion => {
						const key = `${facet.id}/${term.id}`;
						const voters = neighbours.filter(({ note }) => note.terms[facet.id]?.includes(term.id));
						const vote = voters.reduce((sum, { similarity }) => sum + similarity, 0) / totalSimilarity;
						const mentions = (phrases.get(key) ?? [])
							.filter((phrase) => wordText.includes(` ${phrase.stems} `))
							.map((phrase) => phrase.written);
						const used = (frequency.get(key) ?? 0) - (excluded?.terms[facet.id]?.includes(term.id) ? 1 : 0);
						const score = vote + (mentions.length > 0 ? MENTION_WEIGHT : 0) + PRIOR_WEIGHT * (used / pool);
						return {
							term: term.id,
							score,
							because: voters.map(({ note }) => note.slug),
							support: vote,
							mentions,
						};
					})
					.filter((suggestion) => suggestion.score > 0)
					.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
			}
			return {
				facets: byFacet,
				neighbours: neighbours.map(({ note, similarity }) => ({
					slug: note.slug,
					name: note.name,
					similarity,
				})),
			};
		},
	};
}

/** How well suggestions recover the survey's own terms when each note's terms are hidden in turn. */
export interface LeaveOneOutResult {
	/** Real terms that appeared among the top `top` suggestions of their facet. */
	found: number;
	/** Real terms in all. */
	total: number;
	/** Per facet, the same counts. */
	byFacet: Record<string, { found: number; total: number }>;
	/** Notes evaluated (those with at least one term). */
	notes: number;
}

/**
 * Leave-one-out evaluation: for each note, hide it from the corpus, suggest terms from its text alone, and count how
 * many of its real terms are in the top `top` suggestions of their facet.
 */
export function evaluateLeaveOneOut(
	notes: readonly SuggestionNote[],
	facets: readonly Facet[],
	top = 3,
): LeaveOneOutResult {
	const suggester = buildTermSuggester(notes, facets);
	const byFacet: Record<string, { found: number; total: number }> = Object.fromEntries(
		facets.map((facet) => [facet.id, { found: 0, total: 0 }]),
	);
	let evaluated = 0;
	for (const note of notes) {
		const real = Object.entries(note.terms).filter(([facet, terms]) => facet in byFacet && terms.length > 0);
		if (real.length === 0) continue;
		evaluated += 1;
		const { facets: suggested } = suggester.suggest(note.text, { exclude: note.slug });
		for (const [facet, terms] of real) {
			const best = (suggested[facet] ?? []).slice(0, top).map((suggestion) => suggestion.term);
			byFacet[facet]!.total += terms.length;
			byFacet[facet]!.found += terms.filter((term) => best.includes(term)).length;
		}
	}
	const counts = Object.values(byFacet);
	return {
		found: counts.reduce((sum, count) => sum + count.found, 0),
		total: counts.reduce((sum, count) => sum + count.total, 0),
		byFacet,
		notes: evaluated,
	};
}

/** A note whose terms disagree with what its nearest neighbours suggest. */
export interface AuditFinding {
	slug: string;
	facet: string;
	/** Terms the note has that none of its nearest notes uses and its text does not name. */
	unexpected: string[];
	/** Terms most of its nearest notes use (by similarity) that the note lacks. */
	missing: TermSuggestion[];
}

/**
 * Lists notes whose terms disagree with their nearest neighbours: a term of theirs that no near note uses and the
 * text does not name, or a term backed by at least `share` of the neighbours' similarity and `quorum` of them that
 * the note lacks (in facets that take several terms; a single-term facet shows its disagreement as "unexpected").
 */
export function auditNoteTerms(
	notes: readonly SuggestionNote[],
	facets: readonly Facet[],
	{ share = 0.6, quorum = 3 }: { share?: number; quorum?: number } = {},
): AuditFinding[] {
	const suggester = buildTermSuggester(notes, facets);
	return notes.flatMap((note) => {
		const { facets: suggested } = suggester.suggest(note.text, { exclude: note.slug });
		return facets.flatMap((facet): AuditFinding[] => {
			const own = note.terms[facet.id] ?? [];
			const ranked = suggested[facet.id] ?? [];
			const unexpected = own.filter((term) => {
				const suggestion = ranked.find((candidate) => candidate.term === term);
				return !suggestion || (suggestion.because.length === 0 && suggestion.mentions.length === 0);
			});
			const missing = facet.multiple
				? ranked.filter(
						(suggestion) =>
							suggestion.support >= share &&
							suggestion.because.length >= quorum &&
							!own.includes(suggestion.term),
					)
				: [];
			return unexpected.length > 0 || missing.length > 0
				? [{ slug: note.slug, facet: facet.id, unexpected, missing }]
				: [];
		});
	});
}
