import type { z } from 'astro/zod';
import { problems, type LocatedProblem, type Problem } from '../errors/catalogue.ts';
import { suggestClosest } from '../lib/text/suggest-closest.ts';

/** Per-field advice for the commonest mistakes; keyed by the dotted path without array indexes. */
const FIELD_HINTS: Record<string, { example: string; hint: string }> = {
	title: {
		example: 'title: "Executable Code Actions Elicit Better LLM Agents"',
		hint: 'Write the full title as text, at most 300 characters; quote it if it contains ": ".',
	},
	name: { example: 'name: CodeAct', hint: 'A short name of at most 60 characters, e.g. "CodeAct".' },
	authors: {
		example: 'authors: [Xingyao Wang, Yangyi Chen]',
		hint: 'List every author as a YAML list item, in publication order.',
	},
	authors_complete: { example: 'authors_complete: false', hint: 'Write true or false.' },
	date: {
		example: 'date: 2024-02-01',
		hint: 'Use the date of the first public version as YYYY-MM-DD (or YYYY-MM, or YYYY if only the year is known); check month and day.',
	},
	added: { example: 'added: 2026-11-24', hint: 'Use the day the paper joined the survey, as YYYY-MM-DD.' },
	updated: { example: 'updated: 2026-11-24', hint: 'Use the day of the last revision, as YYYY-MM-DD.' },
	arxiv: {
		example: 'arxiv: "2402.01030"',
		hint: 'Write the bare arXiv id in quotes, e.g. arxiv: "2402.01030" (not "arXiv:2402.01030" or a URL).',
	},
	doi: { example: 'doi: "10.1145/1234567"', hint: 'Write the bare DOI, without "https://doi.org/".' },
	venue: { example: 'venue: ICML 2024', hint: 'Write the venue as text, or remove the line if unknown.' },
	links: {
		example: 'links:\n    code: https://github.com/org/repo',
		hint: 'Each link must be a full URL starting with https:// (or http://).',
	},
	summary: {
		example: 'summary: One sentence on what the paper contributes.',
		hint: 'Write one sentence of at most 400 characters.',
	},
	taxonomy: {
		example: 'taxonomy:\n    action-tokenization: [code]',
		hint: 'Map each facet id to a list of term ids, e.g. "domain: [manipulation]".',
	},
	results: {
		example: 'results: []',
		hint: 'Each result needs benchmark, metric, value (a number), quote, source ("abstract", "table N", "figure N", "repository" or "project page"), url and version.',
	},
	'results.quote': {
		example: 'quote: "reaches 97.1% average success rate"',
		hint: "Quote the source's own words that state the number, at most 400 characters.",
	},
	'results.url': {
		example: 'url: https://arxiv.org/abs/2406.09246v3',
		hint: 'Give the full URL of the page the number was read on.',
	},
	'results.version': {
		example: 'version: v3',
		hint: 'Write the arXiv version ("v3"), the repository commit ("commit 1a2b3c4"), or the date you read the page ("2026-12-06").',
	},
	attributes: {
		example: 'attributes:\n    chunk-length: { value: 50, quote: "…", url: https://…, version: v3 }',
		hint: 'Give each attribute a bare value, or { value, quote, url, version }; numbers need the second form.',
	},
	order: {
		example: 'order: 2',
		hint: "Use a whole number from 1 for the chapter's place in the reading order.",
	},
	verified: { example: 'verified: true', hint: 'Write true or false.' },
};

const fieldKey = (path: readonly PropertyKey[]) =>
	path.filter((segment) => typeof segment === 'string').join('.');

/** Turns zod issues into catalogue problems with paths, naming the field and how to fix it. */
export function zodIssuesToProblems(
	error: z.ZodError,
	data: unknown,
	knownFields: readonly string[],
	container: 'frontmatter' | 'file' = 'frontmatter',
): LocatedProblem[] {
	return error.issues.flatMap((issue): LocatedProblem[] => {
		const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const known = path.length === 0 ? knownFields : [];
				const problem = problems.unknownField(
					[...path, key].join('.'),
					suggestClosest(key, known),
					known.length > 0 ? known : ['see CONTRIBUTING.md'],
				);
				return { problem, path: [...path, key] };
			});
		}
		// In a taxonomy file, name the term rather than its position: "the term "learning"", not "terms.2".
		const termId =
			path[0] === 'terms' && typeof path[1] === 'number'
				? (valueAt(data, ['terms', path[1], 'id']) as string | undefined)
				: undefined;
		if (
			termId &&
			path[2] === 'description' &&
			(valueAt(data, path) === undefined || valueAt(data, path) === '')
		) {
			return [{ problem: problems.missingDescription(termId), path: path.slice(0, 2) }];
		}
		const field = termId ? `${path.slice(2).join('.')}" of the term "${termId}` : path.join('.');
		const topField = String(path[0] ?? '');
		const advice = FIELD_HINTS[fieldKey(path)] ?? FIELD_HINTS[topField];
		if (valueAt(data, path) === undefined) {
			return [
				{
					problem: problems.missingField(field, advice?.example ?? `${String(path.at(-1))}: …`, container),
					path,
				},
			];
		}
		const reason = describeIssue(issue);
		const problem: Problem = problems.invalidField(
			field,
			reason,
			advice?.hint ?? 'See the field list in CONTRIBUTING.md.',
		);
		return [{ problem, path }];
	});
}

function describeIssue(issue: z.core.$ZodIssue): string {
	const message = issue.message.replace(/^Invalid input: /, '');
	if (issue.code === 'invalid_type') return `has the wrong type: ${message}`;
	if (/^(must|has|is) /.test(message)) return message;
	return `is invalid: ${message}`;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
	let current = data;
	for (const segment of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[segment];
	}
	return current;
}
