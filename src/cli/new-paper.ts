/**
 * `npm run new`: scaffolds `content/papers/<slug>.mdx` from an arXiv id, a BibTeX file or a bare title, with every
 * facet listed for the contributor to fill. It never overwrites a note and refuses a paper the survey already has.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { duplicatePaper, scaffoldProblems, type Problem } from '../errors/catalogue.ts';
import { formatProblem } from '../errors/diagnostic.ts';
import { findDuplicatePapers } from '../survey/checks/find-duplicate-papers.ts';
import { normaliseArxivId } from '../lib/papers/normalise-paper-keys.ts';
import { formatLocalDate } from './format-local-date.ts';
import { parseArxivAtom, type ArxivPaper } from './parse-arxiv-atom.ts';
import { parseArxivReference } from './parse-arxiv-reference.ts';
import { parseBibtexPapers } from './parse-bibtex-papers.ts';
import { renderNoteSkeleton, type PaperDraft } from './render-note-skeleton.ts';
import { slugify } from '../lib/text/slugify.ts';
import { getPaperPath } from '../lib/site-url.ts';
import { buildTermSuggester, composeNoteText, type NoteSuggestions } from './suggest-terms.ts';
import { readClassifiedNotes } from './read-classified-notes.ts';
import { SHOWN_PER_FACET, toJson } from './suggest.ts';
import { formatAlternatives } from '../errors/format-alternatives.ts';
import { suggestPaperSlug } from './suggest-paper-slug.ts';
import { KEBAB_ID } from '../schemas/ids.ts';
import { describeSurvey, resolveSurveyContext, type SurveyContext } from './survey-context.ts';
import { isRunDirectly } from './is-run-directly.ts';
import { readSurveyOutline, type ExistingNote, type SurveyOutline } from '../survey/read-survey-outline.ts';

/** The arXiv API endpoint; one id per query. */
export const ARXIV_API = 'https://export.arxiv.org/api/query';

/** How long to wait for arXiv before suggesting the offline routes. */
export const ARXIV_TIMEOUT_MS = 10_000;

/** Everything `runNewPaper` touches outside the survey folder, injectable so tests need no network or clock. */
export interface NewPaperDeps {
	fetch: (url: string, init: { signal: AbortSignal }) => Promise<Response>;
	/** The survey folder. */
	root: string;
	/** Today's date, `YYYY-MM-DD`, written as `added`. */
	today: string;
	stdout: { write: (text: string) => unknown };
	/** Where problems go; defaults to `stdout`. */
	stderr?: { write: (text: string) => unknown };
	/** Folder a relative `--bibtex` path is read from; defaults to the process's working directory. */
	cwd?: string;
	/** How to name the survey, its files and the next commands; defaults to the survey in `root`, seen from `cwd`. */
	survey?: SurveyContext;
	timeoutMs?: number;
}

const USAGE = `Usage:
  npm run new -- <arxiv-id or arxiv.org link> [--slug <slug>]
  npm run new -- --bibtex <file.bib> [--slug <slug>]
  npm run new -- --title "<title>" [--slug <slug>]

Creates content/papers/<slug>.mdx in the survey (ATLAS_SURVEY, or this folder) with the paper's metadata, every facet
of the taxonomy to classify it on and the note's sections (notes.sections in survey.yaml). It never overwrites a note and refuses a paper already in the survey (same arXiv id in any
version, same DOI, or same title).
`;

/** A draft note and a few words on where its facts came from. */
interface Source {
	draft: PaperDraft;
	origin: string;
}

/** A stage that ends the command: what it has to say, and the exit code. */
interface Stop {
	exitCode: number;
	problems: Problem[];
	/** Text for standard output (the usage). */
	output?: string;
}

/** The command line, read and checked: exactly one source of papers, and a valid `--slug`. */
interface Request {
	/** The arXiv id or link, when the paper comes from arXiv. */
	arxiv: string | undefined;
	bibtex: string | undefined;
	title: string | undefined;
	slug: string | undefined;
}

/** What creating notes works with: the survey as read, the notes it holds (and those created so far), suggestions. */
interface Scaffold {
	deps: NewPaperDeps;
	survey: SurveyContext;
	outline: SurveyOutline;
	notes: ExistingNote[];
	/** The slug `--slug` chose, if any. */
	slug: string | undefined;
	suggest: (draft: PaperDraft) => NoteSuggestions;
	nameOf: (slug: string) => string;
}

/** A note written: its file relative to the survey root, its slug and the draft it was made from. */
interface Created {
	file: string;
	slug: string;
	draft: PaperDraft;
}

/**
 * Runs `npm run new` with the given command-line arguments and returns the exit code: 0 when every note was
 * created, 1 when something was refused or could not be fetched, 2 for a usage error.
 *
 * It runs in stages: the command line, the survey's outline, the sources of the papers, the notes, the next steps.
 */
export async function runNewPaper(args: readonly string[], deps: NewPaperDeps): Promise<number> {
	const report = (problem: Problem) => void (deps.stderr ?? deps.stdout).write(`${formatProblem(problem)}\n`);
	const stop = ({ exitCode, problems, output }: Stop) => {
		if (output !== undefined) deps.stdout.write(output);
		problems.forEach(report);
		return exitCode;
	};
	const request = readRequest(args);
	if ('exitCode' in request) return stop(request);

	const survey = deps.survey ?? describeSurvey(deps.root, undefined, deps.cwd ?? deps.root);
	deps.stdout.write(survey.banner);
	const outline = readSurveyOutline(deps.root);
	if ('problem' in outline) return stop({ exitCode: 1, problems: [outline.problem] });
	const notes = [...outline.notes];

	const read = await readSources(request, notes, deps);
	if ('exitCode' in read) return stop(read);
	read.problems.forEach(report);

	// Suggestions come from the notes already classified; a title is all a new note has to compare by.
	const classified = readClassifiedNotes(deps.root, outline.facets);
	const suggester = buildTermSuggester(classified, outline.facets);
	const { created, failed } = createNotes(read.sources, report, {
		deps,
		survey,
		outline,
		notes,
		slug: request.slug,
		suggest: (draft) => suggester.suggest(composeNoteText({ title: draft.title })),
		nameOf: (slug) => classified.find((note) => note.slug === slug)?.name ?? slug,
	});
	if (created.length > 0)
		deps.stdout.write(
			formatNextSteps(
				created.map(({ file, draft }) => ({ file: survey.path(file), draft })),
				survey,
				outline.facets.filter((facet) => facet.required).map((facet) => facet.id),
			),
		);
	return read.problems.length > 0 || failed ? 1 : 0;
}

// The arguments stage: parses the command line and checks it names one source of papers and a valid slug.
function readRequest(args: readonly string[]): Request | Stop {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...args],
			allowPositionals: true,
			strict: true,
			options: {
				slug: { type: 'string' },
				bibtex: { type: 'string' },
				title: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		const reason = describeError(error)
			.replace(/\. To specify .*$/s, '')
			.replace(/\.$/, '');
		return { exitCode: 2, problems: [scaffoldProblems.usage(reason)] };
	}
	const { values, positionals } = parsed;
	if (values.help) return { exitCode: 0, problems: [], output: USAGE };
	const usageError = findUsageError(positionals, values);
	if (usageError) return { exitCode: 2, problems: [scaffoldProblems.usage(usageError)] };
	if (values.slug !== undefined && !KEBAB_ID.test(values.slug))
		return { exitCode: 2, problems: [scaffoldProblems.invalidSlug(values.slug, slugify(values.slug))] };
	const { bibtex, title, slug } = values;
	return { arxiv: positionals[0], bibtex, title, slug };
}

// Why the command line names no source of papers, or more than one; undefined when it names exactly one.
function findUsageError(
	positionals: readonly string[],
	values: { bibtex?: string | undefined; title?: string | undefined },
): string | undefined {
	const sourceCount = [
		positionals.length > 0,
		values.bibtex !== undefined,
		values.title !== undefined,
	].filter(Boolean).length;
	return positionals.length > 1
		? `it takes one arXiv id at a time, but got ${positionals.length}: ${positionals.join(', ')}`
		: sourceCount === 0
			? 'no arXiv id, --bibtex file or --title was given'
			: sourceCount > 1
				? 'an arXiv id, --bibtex and --title are alternatives; give only one'
				: values.title?.trim() === ''
					? '--title is empty'
					: undefined;
}

// The sources stage: the paper from arXiv, the entries of a BibTeX file, or a bare title. Entries that cannot
// become a note are problems that do not stop the others.
async function readSources(
	request: Request,
	notes: readonly ExistingNote[],
	deps: NewPaperDeps,
): Promise<{ sources: Source[]; problems: Problem[] } | Stop> {
	if (request.arxiv !== undefined) {
		const id = parseArxivReference(request.arxiv);
		if (!id) return { exitCode: 1, problems: [scaffoldProblems.invalidArxivReference(request.arxiv)] };
		// Checked before the network, so a paper already in the survey is refused even offline.
		const known = findDuplicateProblem({ title: '', arxiv: id }, notes);
		if (known) return { exitCode: 1, problems: [known] };
		const fetched = await fetchArxivPaper(id, deps);
		if ('problem' in fetched) return { exitCode: 1, problems: [fetched.problem] };
		return { sources: [{ draft: arxivPaperToDraft(fetched.paper), origin: `arXiv ${id}` }], problems: [] };
	}
	if (request.bibtex !== undefined) {
		const read = readBibtex(request.bibtex, deps.cwd ?? process.cwd());
		if ('problem' in read) return { exitCode: 1, problems: [read.problem] };
		if (request.slug !== undefined && read.papers.length > 1)
			return { exitCode: 2, problems: [scaffoldProblems.slugWithSeveralPapers(read.papers.length)] };
		const sources: Source[] = [];
		const problems: Problem[] = [];
		for (const { key, draft } of read.papers) {
			if (draft) sources.push({ draft, origin: `BibTeX entry ${key}` });
			else problems.push(scaffoldProblems.bibtexMissingTitle(key));
		}
		return { sources, problems };
	}
	const title = request.title!.replace(/\s+/g, ' ').trim();
	return { sources: [{ draft: { title, authors: [] }, origin: 'title only' }], problems: [] };
}

// The notes stage: writes a note for each source, reporting each one refused as it comes, and says what it wrote.
function createNotes(
	sources: readonly Source[],
	report: (problem: Problem) => void,
	scaffold: Scaffold,
): { created: Created[]; failed: boolean } {
	const created: Created[] = [];
	let failed = false;
	for (const { draft, origin } of sources) {
		const note = createNote(draft, scaffold);
		if ('problem' in note) {
			report(note.problem);
			failed = true;
			continue;
		}
		created.push(note);
		announceNote(note, origin, scaffold);
	}
	return { created, failed };
}

// Writes one note, never over an existing file, and adds it to the notes later drafts are checked against.
function createNote(draft: PaperDraft, scaffold: Scaffold): Created | { problem: Problem } {
	const { deps, outline, notes } = scaffold;
	const slug = scaffold.slug ?? suggestPaperSlug(draft.title);
	const problem = !slug ? scaffoldProblems.slugUnavailable(draft.title) : findDuplicateProblem(draft, notes);
	if (problem) return { problem };
	const file = `content/papers/${slug}.mdx`;
	const path = join(deps.root, file);
	mkdirSync(dirname(path), { recursive: true });
	const suggested = Object.entries(toJson(scaffold.suggest(draft))).map(
		([facet, ranked]) => [facet, ranked.map((suggestion) => suggestion.term)] as const,
	);
	try {
		// "wx" fails if the file exists, even if it appeared after the survey was read.
		writeFileSync(
			path,
			renderNoteSkeleton({
				paper: draft,
				facets: outline.facets,
				attributes: outline.attributes,
				sections: outline.sections,
				suggestions: Object.fromEntries(suggested),
				added: deps.today,
			}),
			{ flag: 'wx' },
		);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		return { problem: scaffoldProblems.noteExists(scaffold.survey.path(file)) };
	}
	// Later entries of the same BibTeX file are checked against this note too.
	const data = {
		title: draft.title,
		...(draft.arxiv ? { arxiv: draft.arxiv } : {}),
		...(draft.doi ? { doi: draft.doi } : {}),
	};
	notes.push({ slug, file, data });
	return { file, slug, draft };
}

// Says where a note was written, the terms suggested for it, and which notes already named the paper.
function announceNote({ file, slug, draft }: Created, origin: string, scaffold: Scaffold): void {
	const { deps, survey, notes } = scaffold;
	deps.stdout.write(
		`Created ${survey.path(file)} (${origin}): "${draft.title}"\n  slug: ${slug}, so its page is /${getPaperPath(slug)}${scaffold.slug === undefined ? '; to choose another, delete the file and run again with --slug <slug>' : ''}\n`,
	);
	deps.stdout.write(
		formatSuggestionsBrief(
			scaffold.suggest(draft),
			scaffold.nameOf,
			survey.command(`npm run suggest -- ${slug}`),
		),
	);
	const referrers = draft.arxiv ? listReferrers(draft.arxiv, notes) : [];
	if (referrers.length > 0)
		deps.stdout.write(
			`  ${referrers.length === 1 ? 'This note names' : 'These notes name'} the paper by its arXiv id; the relation${referrers.length === 1 ? '' : 's'} now point${referrers.length === 1 ? 's' : ''} to ${slug}, and both pages show ${referrers.length === 1 ? 'it' : 'them'}:\n${referrers.map((note) => `    ${survey.path(note.file)}\n`).join('')}  (optional) Write "paper: ${slug}" there instead of the arXiv id and name.\n`,
		);
}

/** Runs `npm run new` with the real network, clock and console. */
export async function main(): Promise<void> {
	// npm runs scripts from the package root; INIT_CWD is where the contributor typed the command.
	const survey = resolveSurveyContext();
	try {
		process.exitCode = await runNewPaper(process.argv.slice(2), {
			fetch: (url, init) => fetch(url, init),
			root: survey.root,
			survey,
			today: formatLocalDate(new Date()),
			stdout: process.stdout,
			stderr: process.stderr,
			// npm runs scripts from the package root; INIT_CWD is where the contributor typed the command.
			cwd: process.env.INIT_CWD ?? process.cwd(),
		});
	} catch (error) {
		process.stderr.write(`npm run new stopped unexpectedly: ${describeError(error)}\n`);
		process.exitCode = 1;
	}
}

async function fetchArxivPaper(
	id: string,
	deps: NewPaperDeps,
): Promise<{ paper: ArxivPaper } | { problem: Problem }> {
	const timeoutMs = deps.timeoutMs ?? ARXIV_TIMEOUT_MS;
	let text: string;
	try {
		const response = await deps.fetch(`${ARXIV_API}?id_list=${id}`, {
			signal: AbortSignal.timeout(timeoutMs),
		});
		if (!response.ok) return { problem: scaffoldProblems.arxivHttpStatus(response.status) };
		text = await response.text();
	} catch (error) {
		const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
		return {
			problem: scaffoldProblems.arxivUnreachable(
				timedOut ? `no answer within ${timeoutMs / 1000} seconds` : describeError(error),
			),
		};
	}
	const result = parseArxivAtom(text);
	if (result.kind === 'unreadable') return { problem: scaffoldProblems.arxivUnreadable(result.reason) };
	if (result.kind === 'api-error') return { problem: scaffoldProblems.arxivRejected(id, result.message) };
	// An answer about another paper than the one asked for must not fill this note.
	if (result.kind === 'not-found' || result.paper.arxiv !== id)
		return { problem: scaffoldProblems.arxivNotFound(id) };
	return { paper: result.paper };
}

function arxivPaperToDraft(paper: ArxivPaper): PaperDraft {
	const { journalRef, ...facts } = paper;
	return { ...facts, ...(journalRef ? { venue: journalRef } : {}) };
}

function readBibtex(
	file: string,
	cwd: string,
): { papers: ReturnType<typeof parseBibtexPapers> } | { problem: Problem } {
	let text: string;
	try {
		text = readFileSync(resolve(cwd, file), 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {
			problem: scaffoldProblems.bibtexUnreadable(
				file,
				code === 'ENOENT'
					? 'there is no such file'
					: code === 'EISDIR'
						? 'it is a folder'
						: describeError(error),
			),
		};
	}
	try {
		const papers = parseBibtexPapers(text);
		return papers.length > 0 ? { papers } : { problem: scaffoldProblems.bibtexEmpty(file) };
	} catch (error) {
		return {
			problem: scaffoldProblems.bibtexInvalid(file, describeError(error).split('\n')[0]!.replace(/:$/, '')),
		};
	}
}

// findDuplicatePapers compares in order, so the draft goes last under a slug no file can have.
function findDuplicateProblem(
	draft: Pick<PaperDraft, 'title' | 'arxiv' | 'doi'>,
	notes: readonly ExistingNote[],
): Problem | undefined {
	const candidate = 'new/paper';
	const data = {
		title: draft.title,
		...(draft.arxiv ? { arxiv: draft.arxiv } : {}),
		...(draft.doi ? { doi: draft.doi } : {}),
	};
	const duplicate = findDuplicatePapers([...notes, { slug: candidate, data }]).find(
		(found) => found.slug === candidate,
	);
	if (!duplicate) return undefined;
	const file = notes.find((note) => note.slug === duplicate.other)!.file;
	return duplicatePaper(duplicate, file, { title: draft.title });
}

// Three terms per facet with the notes behind them; the full reasons are one `npm run suggest` away.
function formatSuggestionsBrief(
	suggestions: NoteSuggestions,
	nameOf: (slug: string) => string,
	suggestCommand: string,
): string {
	const lines = Object.entries(suggestions.facets).map(
		([facet, ranked]) =>
			`    ${facet}: ${
				ranked
					.slice(0, SHOWN_PER_FACET)
					.map((s) => (s.because.length > 0 ? `${s.term} (${s.because.map(nameOf).join(', ')})` : s.term))
					.join(', ') || 'none'
			}`,
	);
	return `  Suggested terms, from the title alone (written into the note as "suggested:"; after writing the TL;DR, \`${suggestCommand}\` explains and refines them):\n${lines.join('\n')}\n`;
}

// Notes whose relations name the new paper as an outside paper by arXiv id (any version).
function listReferrers(arxiv: string, notes: readonly ExistingNote[]): ExistingNote[] {
	const id = normaliseArxivId(arxiv);
	return notes.filter((note) => (note.outsideArxiv ?? []).some((other) => normaliseArxivId(other) === id));
}

function formatNextSteps(
	created: readonly { file: string; draft: PaperDraft }[],
	{ command }: SurveyContext,
	requiredFacets: readonly string[],
): string {
	const missing = created.flatMap(({ file, draft }) => {
		const fields = [
			draft.authors.length === 0 ? 'authors' : undefined,
			draft.date ? undefined : 'date',
		].filter(Boolean);
		return fields.length > 0
			? [`     ${file}: add the ${fields.join(' and ')} from the paper itself; never guess.`]
			: [];
	});
	const required =
		requiredFacets.length === 0
			? ''
			: ` ${formatAlternatives(requiredFacets, 'and')} ${requiredFacets.length === 1 ? 'needs' : 'each need'} at least one term.`;
	return [
		'',
		'Next:',
		`  1. Now choose terms: each facet under "taxonomy:" names its term ids and the suggested ones in the comment above it (definitions: taxonomy/*.yaml); \`${command('npm run suggest -- <slug>')}\` ranks them again once the note has text. Add a one-line reason per term under "reasons:".${required}`,
		'  2. Replace the TODO summary with one sentence and write the sections in your own words.',
		...(missing.length > 0 ? ['  3. Fill in the facts the source did not give:', ...missing] : []),
		`  ${missing.length > 0 ? 4 : 3}. Run \`${command('npm run check')}\` until it reports no errors, then \`${command('npm start')}\` to preview.`,
		'',
	].join('\n');
}

function describeError(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	// Node's fetch says only "fetch failed"; the cause names what failed, e.g. "getaddrinfo ENOTFOUND export.arxiv.org".
	const cause = error.cause instanceof Error ? error.cause.message : undefined;
	return cause ? `${error.message} (${cause})` : error.message;
}

if (isRunDirectly(import.meta.url)) await main();
