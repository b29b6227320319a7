/**
 * `npm run suggest -- <slug | note file>`: proposes terms for every facet of a note, ranked, each with the most
 * similar notes that use it as the reason. Offline: TF-IDF similarity over the survey's own notes plus the
 * taxonomy's labels and aliases.
 *
 * `--json` prints `{ "<facet>": [{ "term", "score", "because": [slugs] }] }`; `--audit` lists notes whose terms
 * disagree with their nearest neighbours; `--evaluate` measures the suggestions leave-one-out over the survey.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatAlternatives } from '../errors/format-alternatives.ts';
import {
	NEIGHBOUR_COUNT,
	auditNoteTerms,
	buildTermSuggester,
	evaluateLeaveOneOut,
	type NoteSuggestions,
	type TermSuggestion,
} from './suggest-terms.ts';
import type { Facet } from '../schemas/facet.ts';
import { resolveSurveyPaths } from '../survey/survey-paths.ts';
import { describeSurvey, resolveSurveyContext, type SurveyContext } from './survey-context.ts';
import { isRunDirectly } from './is-run-directly.ts';
import { readClassifiedNote, readClassifiedNotes, type ClassifiedNote } from './read-classified-notes.ts';
import { readSurveyOutline } from '../survey/read-survey-outline.ts';

/** Suggestions shown per facet, and the cut-off of the leave-one-out figure. */
export const SHOWN_PER_FACET = 3;

const USAGE = `Usage:
  npm run suggest -- <slug | content/papers/<slug>.mdx> [--json]
  npm run suggest -- --audit [--json]
  npm run suggest -- --evaluate [--json]

Proposes terms for every facet of a note of the survey (ATLAS_SURVEY, or this folder), ranked, each with the most
similar notes that use it; offline.

  --audit       list the notes whose terms disagree with their nearest neighbours
  --evaluate    measure the suggestions leave-one-out on the survey's own notes
  --json        print the result as JSON, for tools
  -h, --help    print this help
`;

/** What the command takes from the outside world; tests replace any part of it. */
export interface SuggestEnvironment {
	argv?: readonly string[];
	/** Where ATLAS_SURVEY is read from. */
	env?: NodeJS.ProcessEnv;
	/** The survey folder; defaults to ATLAS_SURVEY's, or this folder. */
	root?: string;
	/** Folder a relative note path is read from. */
	cwd?: string;
	stdout?: { write: (text: string) => unknown };
}

/** Runs `npm run suggest` and returns its exit code: 0 done, 1 no such note or unreadable survey, 2 usage. */
export function runSuggest({
	argv = process.argv.slice(2),
	env = process.env,
	root,
	cwd = env.INIT_CWD ?? process.cwd(),
	stdout = process.stdout,
}: SuggestEnvironment = {}): number {
	const write = (text: string) => void stdout.write(text);
	const survey = root === undefined ? resolveSurveyContext(env, cwd) : describeSurvey(root, undefined, cwd);
	let values: { json?: boolean; audit?: boolean; evaluate?: boolean; help?: boolean };
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args: [...argv],
			options: {
				json: { type: 'boolean' },
				audit: { type: 'boolean' },
				evaluate: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' },
			},
			allowPositionals: true,
			strict: true,
		}));
	} catch (error) {
		write(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		write(USAGE);
		return 0;
	}
	const modes = [positionals.length > 0, values.audit, values.evaluate].filter(Boolean).length;
	if (modes !== 1 || positionals.length > 1) {
		write(USAGE);
		return 2;
	}
	// JSON is for tools: only the human-readable output names the survey.
	if (!values.json) write(survey.banner);
	const outline = readSurveyOutline(survey.root);
	if ('problem' in outline) {
		write(`error: ${outline.problem.message} (${outline.problem.rule})\n  hint: ${outline.problem.hint}\n`);
		return 1;
	}
	const notes = readClassifiedNotes(survey.root, outline.facets);

	if (values.evaluate) {
		const result = evaluateLeaveOneOut(notes, outline.facets, SHOWN_PER_FACET);
		if (values.json) write(`${JSON.stringify(result, null, 2)}\n`);
		else write(formatEvaluation(result));
		return 0;
	}
	if (values.audit) {
		const findings = auditNoteTerms(notes, outline.facets);
		if (values.json) write(`${JSON.stringify(findings, null, 2)}\n`);
		else
			write(
				formatAudit(
					findings,
					notes.map((note) => ({ ...note, file: survey.path(note.file) })),
				),
			);
		return 0;
	}

	const target = findNote(positionals[0]!, survey, cwd, outline.facets, notes);
	if ('error' in target) {
		write(target.error);
		return 1;
	}
	const suggestions = buildTermSuggester(notes, outline.facets).suggest(target.note.text, {
		exclude: target.note.slug,
	});
	if (values.json) write(`${JSON.stringify(toJson(suggestions), null, 2)}\n`);
	else
		write(
			formatSuggestions(
				{ ...target.note, file: survey.path(target.note.file) },
				suggestions,
				outline.facets,
				notes,
			),
		);
	return 0;
}

// A slug, or a path to a note file (relative to where the command was typed, or to the survey).
function findNote(
	reference: string,
	{ root, command }: SurveyContext,
	cwd: string,
	facets: readonly Facet[],
	notes: readonly ClassifiedNote[],
): { note: ClassifiedNote } | { error: string } {
	const bySlug = notes.find((note) => note.slug === reference);
	if (bySlug) return { note: bySlug };
	const path = [
		resolve(cwd, reference),
		resolve(root, reference),
		join(resolveSurveyPaths(root).papers, `${reference}.mdx`),
	].find((candidate) => candidate.endsWith('.mdx') && existsSync(candidate));
	const note = path ? readClassifiedNote(path, root, facets) : undefined;
	if (note) return { note };
	return {
		error: path
			? `error: ${reference} has no readable frontmatter, so there is nothing to compare it by.\n  hint: Run \`${command('npm run check')}\` and fix its frontmatter first.\n`
			: `error: There is no note "${reference}" in content/papers/.\n  hint: Give a slug (the file name without ".mdx") or the note's path, e.g. ${command(`npm run suggest -- ${notes[0]?.slug ?? 'codeact'}`)}.\n`,
	};
}

/** The `--json` shape: facet → suggestions, best first, scores rounded. */
export function toJson(
	suggestions: NoteSuggestions,
	limit = SHOWN_PER_FACET,
): Record<string, { term: string; score: number; because: string[] }[]> {
	return Object.fromEntries(
		Object.entries(suggestions.facets).map(([facet, ranked]) => [
			facet,
			ranked
				.slice(0, limit)
				.map(({ term, score, because }) => ({ term, score: Math.round(score * 1000) / 1000, because })),
		]),
	);
}

/**
 * Says why a term is suggested, in the survey's names: "3 of the 5 nearest notes use `latent`: UniVLA, LAPA, Genie;
 * the text says "latent action"".
 */
export function describeSuggestion(
	suggestion: TermSuggestion,
	neighbourCount: number,
	nameOf: (slug: string) => string,
): string {
	const parts: string[] = [];
	if (suggestion.because.length > 0)
		parts.push(
			`${suggestion.because.length} of the ${neighbourCount} nearest notes use \`${suggestion.term}\`: ${suggestion.because.map(nameOf).join(', ')}`,
		);
	if (suggestion.mentions.length > 0)
		parts.push(
			`the text says ${formatAlternatives(
				suggestion.mentions.map((m) => m),
				'and',
			)}`,
		);
	if (parts.length === 0) parts.push('no near note uses it; it is among the survey’s most used terms');
	return parts.join('; ');
}

function formatSuggestions(
	note: ClassifiedNote,
	suggestions: NoteSuggestions,
	facets: readonly Facet[],
	notes: readonly ClassifiedNote[],
): string {
	const names = new Map(notes.map((other) => [other.slug, other.name]));
	const nameOf = (slug: string) => names.get(slug) ?? slug;
	const count = suggestions.neighbours.length;
	const lines = [
		`Suggested terms for ${note.file}, from the ${count} most similar notes: ${suggestions.neighbours
			.map((neighbour) => `${neighbour.name} (${neighbour.similarity.toFixed(2)})`)
			.join(', ')}.`,
		'',
	];
	for (const facet of facets) {
		const rule = facet.multiple
			? facet.required
				? 'one or more'
				: 'any number'
			: facet.required
				? 'exactly one'
				: 'at most one';
		lines.push(`${facet.id} (${rule}; has: ${note.terms[facet.id]?.join(', ') || 'none'})`);
		const ranked = suggestions.facets[facet.id]?.slice(0, SHOWN_PER_FACET) ?? [];
		if (ranked.length === 0) lines.push('  no suggestion');
		const width = Math.max(...ranked.map((s) => s.term.length), 0);
		for (const suggestion of ranked)
			lines.push(
				`  ${suggestion.term.padEnd(width)}  ${suggestion.score.toFixed(2)}  ${describeSuggestion(suggestion, count, nameOf)}`,
			);
		lines.push('');
	}
	lines.push(
		'Suggestions are a starting point: read the definitions in taxonomy/*.yaml and keep only the terms the paper itself supports.',
		'',
	);
	return lines.join('\n');
}

function formatEvaluation(result: ReturnType<typeof evaluateLeaveOneOut>): string {
	const percent = (found: number, total: number) =>
		total === 0 ? '–' : `${((100 * found) / total).toFixed(1)}%`;
	return [
		`Leave-one-out over ${result.notes} notes: ${result.found} of ${result.total} real terms (${percent(result.found, result.total)}) are among the top ${SHOWN_PER_FACET} suggestions of their facet.`,
		...Object.entries(result.byFacet).map(
			([facet, { found, total }]) => `  ${facet}: ${found} of ${total} (${percent(found, total)})`,
		),
		'',
	].join('\n');
}

function formatAudit(findings: ReturnType<typeof auditNoteTerms>, notes: readonly ClassifiedNote[]): string {
	if (findings.length === 0) return 'Every note agrees with its nearest neighbours.\n';
	const byslug = new Map(notes.map((note) => [note.slug, note]));
	const nameOf = (slug: string) => byslug.get(slug)?.name ?? slug;
	const lines: string[] = [];
	for (const finding of findings) {
		const file = byslug.get(finding.slug)?.file ?? finding.slug;
		for (const term of finding.unexpected)
			lines.push(
				`${file}: ${finding.facet}: has \`${term}\`, which none of its ${NEIGHBOUR_COUNT} nearest notes uses and its text does not name.`,
			);
		for (const suggestion of finding.missing)
			lines.push(
				`${file}: ${finding.facet}: lacks \`${suggestion.term}\`: ${describeSuggestion(suggestion, NEIGHBOUR_COUNT, nameOf)}.`,
			);
	}
	const noteCount = new Set(findings.map((finding) => finding.slug)).size;
	lines.push(
		'',
		`${noteCount} of ${notes.length} notes disagree with their nearest neighbours somewhere. Disagreement is a prompt to re-read the definitions, not an error: a paper may rightly differ from its neighbours.`,
		'',
	);
	return lines.join('\n');
}

if (isRunDirectly(import.meta.url)) process.exitCode = runSuggest();
