/**
 * Reads every paper note leniently for `npm run suggest`: a note still being written (empty facets, TODO summary,
 * even a schema error elsewhere) must be suggestible, so only its title, name, summary, body and known terms are
 * taken, and what cannot be read is skipped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { memoize } from '../lib/memoize.ts';
import { composeNoteText, type SuggestionNote } from './suggest-terms.ts';
import { currentTermId, indexFacet } from '../lib/taxonomy/taxonomy-index.ts';
import type { Facet } from '../schemas/facet.ts';
import { resolveSurveyPaths } from '../survey/survey-paths.ts';
import { parseYaml, readUtf8, splitFrontmatter } from '../survey/read-source.ts';

// Every note is read against the same facets: index each once.
const indexFacetOnce = memoize(indexFacet);

/** A note as `npm run suggest` reads it. */
export interface ClassifiedNote extends SuggestionNote {
	/** Path relative to the survey root, with forward slashes. */
	file: string;
	/** The title as the frontmatter gives it. */
	title: string;
}

/** Reads one note file; `undefined` when it has no readable frontmatter. */
export function readClassifiedNote(
	path: string,
	root: string,
	facets: readonly Facet[],
): ClassifiedNote | undefined {
	const source = readUtf8(path);
	const parts = source ? splitFrontmatter(source.text) : undefined;
	if (!parts) return undefined;
	const data = parseYaml(parts.yaml).data;
	if (typeof data !== 'object' || data === null) return undefined;
	const field = (key: string) => {
		const value = (data as Record<string, unknown>)[key];
		return typeof value === 'string' ? value : undefined;
	};
	const title = field('title') ?? '';
	const name = field('name') ?? title.split(/:\s/)[0]!;
	const taxonomy = (data as Record<string, unknown>)['taxonomy'];
	const terms: Record<string, string[]> = {};
	for (const facet of facets) {
		const written =
			typeof taxonomy === 'object' && taxonomy !== null
				? (taxonomy as Record<string, unknown>)[facet.id]
				: undefined;
		// Old ids count as the term they were renamed to; unknown ids are check's business, not a vote.
		terms[facet.id] = (Array.isArray(written) ? written : [])
			.map((id) => currentTermId(indexFacetOnce(facet), String(id)))
			.filter((id): id is string => id !== undefined);
	}
	return {
		slug: basename(path, '.mdx'),
		file: relative(root, path).split('\\').join('/'),
		name,
		title,
		text: composeNoteText({ title, name, summary: field('summary') ?? '', body: parts.body }),
		terms,
	};
}

/** Reads every note of the survey at `root`, in slug order. */
export function readClassifiedNotes(root: string, facets: readonly Facet[]): ClassifiedNote[] {
	const folder = resolveSurveyPaths(root).papers;
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.flatMap((name) => readClassifiedNote(join(folder, name), root, facets) ?? []);
}
