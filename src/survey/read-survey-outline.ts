/**
 * Reads what `npm run new` needs from a survey: the facets in display order and the identity (title, arXiv id, DOI)
 * of every existing note. Unlike loadSurvey it tolerates notes with errors, because a freshly scaffolded note has
 * empty required facets until its author picks terms, and the next paper must still be addable and checked
 * against it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { scaffoldProblems, type Problem } from '../errors/catalogue.ts';
import { FacetSchema, type Facet } from '../schemas/facet.ts';
import type { NoteSection } from '../schemas/editorial-rules.ts';
import { SurveyConfigSchema, type Attribute } from '../schemas/survey-config.ts';
import { resolveSurveyPaths } from './survey-paths.ts';
import { parseYaml, readUtf8, splitFrontmatter } from './read-source.ts';

/** An existing note, reduced to what identifies its paper. */
export interface ExistingNote {
	slug: string;
	/** Path relative to the survey root, with forward slashes. */
	file: string;
	data: { title: string; arxiv?: string; doi?: string };
	/** arXiv ids the note's relations name as outside papers; a new note with one of them is what they mean. */
	outsideArxiv?: string[];
}

/** The facets and existing notes of a survey. */
export interface SurveyOutline {
	facets: Facet[];
	/** The typed attributes `survey.yaml` declares. */
	attributes: Attribute[];
	/** The sections every note has, with their prompts (`notes.sections` in `survey.yaml`); empty when it declares none. */
	sections: NoteSection[];
	notes: ExistingNote[];
}

/** Reads a survey's facets (validated) and its notes' identities (leniently); a broken taxonomy is a problem. */
export function readSurveyOutline(root: string): SurveyOutline | { problem: Problem } {
	const paths = resolveSurveyPaths(root);
	const fail = (detail: string) => ({ problem: scaffoldProblems.surveyUnreadable(detail) });
	const config = readValidYaml(paths.config, SurveyConfigSchema);
	if (typeof config === 'string') return fail(`survey.yaml ${config}`);
	const facets: Facet[] = [];
	for (const id of config.facets) {
		const facet = readValidYaml(join(paths.taxonomy, `${id}.yaml`), FacetSchema);
		if (typeof facet === 'string') return fail(`taxonomy/${id}.yaml ${facet}`);
		facets.push(facet);
	}
	return {
		facets,
		attributes: config.attributes,
		sections: config.notes.sections,
		notes: readExistingNotes(root, paths.papers),
	};
}

// Returns the parsed value, or why it could not be had, phrased to follow the file's name.
function readValidYaml<T extends z.ZodType>(file: string, schema: T): z.output<T> | string {
	if (!existsSync(file)) return 'does not exist';
	const source = readUtf8(file);
	if (!source) return 'is not UTF-8 text';
	const yaml = parseYaml(source.text);
	const error = yaml.syntaxErrors[0];
	if (error) return `has a YAML error on line ${error.line}`;
	const result = schema.safeParse(yaml.data ?? {});
	return result.success ? result.data : 'does not match its format';
}

function readExistingNotes(root: string, folder: string): ExistingNote[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
		.flatMap((entry) => {
			const path = join(folder, entry.name);
			const parts = splitFrontmatter(readUtf8(path)?.text ?? '');
			const data: unknown = parts ? parseYaml(parts.yaml).data : undefined;
			if (typeof data !== 'object' || data === null) return [];
			const field = (key: string) => {
				const value = (data as Record<string, unknown>)[key];
				return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
			};
			const arxiv = field('arxiv');
			const doi = field('doi');
			const relations = (data as Record<string, unknown>)['relations'];
			const outsideArxiv = (Array.isArray(relations) ? relations : []).flatMap((relation: unknown) => {
				const id = (relation as Record<string, unknown> | null)?.['arxiv'];
				return typeof id === 'string' ? [id] : [];
			});
			return [
				{
					slug: basename(entry.name, '.mdx'),
					file: relative(root, path).split('\\').join('/'),
					data: { title: field('title') ?? '', ...(arxiv ? { arxiv } : {}), ...(doi ? { doi } : {}) },
					outsideArxiv,
				},
			];
		})
		.sort((a, b) => a.slug.localeCompare(b.slug));
}
