/**
 * `npm run dupes`: finds code that src/ holds twice (jscpd, pinned in devDependencies, runs offline) and fails on
 * any pair of files the allowlist (`allowed-duplicates.yaml`) does not name, and on any entry whose pair no longer
 * shares code. CI runs it beside the linter (.ci/run).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { duplicateCodeProblems } from '../errors/catalogue.ts';
import { formatDiagnostic, formatProblem, type Diagnostic } from '../errors/diagnostic.ts';
import { isRunDirectly } from './is-run-directly.ts';

/** The allowlist's name, at the repository root. */
export const ALLOWLIST = 'allowed-duplicates.yaml';

/** The folders scanned, from the repository root. */
const SCANNED = ['src'];

/** One intended pair: two files that share code on purpose, and why. */
const AllowedPairSchema = z.strictObject({
	/** The two files, from the repository root; the same path twice for a file that repeats itself. */
	files: z.tuple([z.string().min(1), z.string().min(1)]),
	/** Why the code stays twice, in one line. */
	why: z.string().trim().min(1),
});
const AllowlistSchema = z.array(AllowedPairSchema).nullable();

/** One place of a clone, as jscpd's JSON report gives it. */
interface ClonePlace {
	name: string;
	start: number;
	end: number;
}

/** One clone: the same lines at two places. */
export interface Clone {
	lines: number;
	first: ClonePlace;
	second: ClonePlace;
}

const pairKey = (a: string, b: string) => [a, b].sort().join('\n');

/**
 * Compares jscpd's clones with the allowed pairs: every clone between files no entry names is a problem at its
 * first place, and every entry no clone matches is a problem of the allowlist.
 */
export function compareWithAllowlist(
	clones: readonly Clone[],
	allowed: readonly { files: readonly [string, string] }[],
): Diagnostic[] {
	const allowedKeys = new Set(allowed.map((entry) => pairKey(...entry.files)));
	const seen = new Set(clones.map((clone) => pairKey(clone.first.name, clone.second.name)));
	return [
		...clones
			.filter((clone) => !allowedKeys.has(pairKey(clone.first.name, clone.second.name)))
			.map((clone) => ({
				file: clone.first.name,
				line: clone.first.start,
				...duplicateCodeProblems.newPair(
					clone.lines,
					`${clone.second.name}:${clone.second.start}-${clone.second.end}`,
					ALLOWLIST,
				),
			})),
		...allowed
			.filter((entry) => !seen.has(pairKey(...entry.files)))
			.map((entry) => ({ file: ALLOWLIST, ...duplicateCodeProblems.stalePair(...entry.files, ALLOWLIST) })),
	];
}

/** Runs jscpd over the scanned folders of `root`; returns its clones, paths from `root`, or why it failed. */
async function findClones(root: string): Promise<Clone[] | string> {
	const output = mkdtempSync(join(tmpdir(), 'atlas-jscpd-'));
	try {
		const script = createRequire(import.meta.url).resolve('jscpd/run-jscpd.js');
		// jscpd 5.3.2 reads few .astro files as Astro; read as TypeScript, their frontmatter and markup are compared
		// as tokens, like any other code.
		const args = [script, ...SCANNED, '--formats-exts', 'typescript:ts,astro', '--absolute'];
		const failure = await new Promise<string | undefined>((done) =>
			execFile(
				process.execPath,
				[...args, '--reporters', 'json', '--output', output, '--silent', '--no-tips'],
				{ cwd: root, env: { ...process.env, JSCPD_NO_TIPS: '1' } },
				(error, _stdout, stderr) => done(error ? stderr.trim() || error.message : undefined),
			),
		);
		if (failure !== undefined) return failure;
		const report = join(output, 'jscpd-report.json');
		if (!existsSync(report)) return 'it wrote no report';
		const { duplicates } = JSON.parse(readFileSync(report, 'utf8')) as {
			duplicates: { lines: number; firstFile: ClonePlace; secondFile: ClonePlace }[];
		};
		const place = ({ name, start, end }: ClonePlace) => ({
			name: relative(root, name).split('\\').join('/'),
			start,
			end,
		});
		return duplicates.map((clone) => ({
			lines: clone.lines,
			first: place(clone.firstFile),
			second: place(clone.secondFile),
		}));
	} finally {
		rmSync(output, { recursive: true, force: true });
	}
}

/** Checks the repository at `root`; returns the exit code and what to print. */
export async function checkDuplicates(root: string): Promise<{ code: number; output: string }> {
	const path = join(root, ALLOWLIST);
	let allowed: z.output<typeof AllowlistSchema> = [];
	if (existsSync(path)) {
		const parsed = AllowlistSchema.safeParse(parse(readFileSync(path, 'utf8')));
		if (!parsed.success) {
			const detail = parsed.error.issues
				.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`)
				.join('; ');
			return { code: 1, output: formatProblem(duplicateCodeProblems.badAllowlist(ALLOWLIST, detail)) };
		}
		allowed = parsed.data;
	}
	const clones = await findClones(root);
	if (typeof clones === 'string')
		return { code: 1, output: formatProblem(duplicateCodeProblems.scannerFailed(clones)) };
	const found = compareWithAllowlist(clones, allowed ?? []);
	const pairs = new Set(clones.map((clone) => pairKey(clone.first.name, clone.second.name))).size;
	const summary = `${SCANNED.join(', ')}: ${clones.length} duplicated ${clones.length === 1 ? 'block' : 'blocks'} in ${pairs} ${pairs === 1 ? 'pair' : 'pairs'} of files, all named in ${ALLOWLIST}.`;
	return found.length === 0
		? { code: 0, output: summary }
		: { code: 1, output: found.map(formatDiagnostic).join('\n') };
}

if (isRunDirectly(import.meta.url)) {
	const { code, output } = await checkDuplicates(resolve(fileURLToPath(new URL('../..', import.meta.url))));
	(code === 0 ? process.stdout : process.stderr).write(`${output}\n`);
	process.exitCode = code;
}
