import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { outputRoot, repoRoot } from './paths';

/** The outcome of one `astro build` run. */
export interface BuildResult {
	code: number;
	stdout: string;
	stderr: string;
	outDir: string;
}

// Vitest exports Vite's import.meta.env (BASE_URL, MODE, NODE_ENV=test…) into process.env; a build must not inherit them.
const VITEST_ENV = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

/** A copy of the environment without what the test runner added. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key)));
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

// Every build writes the list of notes to compile into the project's shared `.astro/content-modules.mjs`, so two
// builds at once can compile each other's notes. One lock for the checkout (all workers and runs) keeps them apart.
const BUILD_LOCK = join(repoRoot, 'test', '.output', 'build.lock');

const isStaleLock = () => {
	try {
		const pid = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
		process.kill(pid, 0);
		return false;
	} catch (error) {
		// No such process: its holder died. No pid file yet: stale only if the lock is old.
		if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
		try {
			return Date.now() - statSync(BUILD_LOCK).mtimeMs > 10 * 60_000;
		} catch {
			return false;
		}
	}
};

/** Runs `task` while holding the checkout's build lock; a dev server writes the same shared files as a build. */
export async function withBuildLock<T>(task: () => Promise<T>): Promise<T> {
	mkdirSync(join(BUILD_LOCK, '..'), { recursive: true });
	for (;;) {
		try {
			mkdirSync(BUILD_LOCK);
			writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (isStaleLock()) rmSync(BUILD_LOCK, { recursive: true, force: true });
			else await sleep(250);
		}
	}
	try {
		return await task();
	} finally {
		rmSync(BUILD_LOCK, { recursive: true, force: true });
	}
}

/** What a test build does about the PDF, the last step of `npm run build` (see src/lib/print/plan-pdf.ts). */
export type PdfMode =
	/** `ATLAS_PDF=off`: scenario builds that look at other things skip Chromium's seconds. */
	| 'off'
	/** CHROMIUM_PATH names no file: a machine without Chromium. */
	| 'no-chromium'
	/** The environment as it is: printed when Chromium is installed, as on a maintainer's machine or in CI. */
	| 'as-installed';

/** Options of {@link buildSurvey}. */
export interface BuildOptions {
	/** Keep the content cache of the last build under the same name, as on a maintainer's machine between builds. */
	warm?: boolean;
	/** Default `off`. */
	pdf?: PdfMode;
	/** Variables added to the build's environment. */
	env?: Record<string, string>;
}

/**
 * Builds the survey in `surveyDir` by running `npm run build`'s script from package.json verbatim (as npm does,
 * with `node_modules/.bin` first on PATH, so its `node` is the project's), into this run's output folder.
 */
export function buildSurvey(
	surveyDir: string,
	name: string,
	options: BuildOptions = {},
): Promise<BuildResult> {
	return withBuildLock(() => runBuild(surveyDir, name, options));
}

function runBuild(
	surveyDir: string,
	name: string,
	{ warm = false, pdf = 'off', env: extra = {} }: BuildOptions,
): Promise<BuildResult> {
	const outDir = join(outputRoot, name, 'dist');
	if (!warm) rmSync(join(outputRoot, name), { recursive: true, force: true });
	const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	};
	const env = cleanEnv({
		ATLAS_SURVEY: surveyDir,
		ATLAS_OUT_DIR: outDir,
		ATLAS_CACHE_DIR: join(outputRoot, name, 'cache'),
		PATH: [join(repoRoot, 'node_modules', '.bin'), dirname(process.execPath), process.env['PATH'] ?? ''].join(
			delimiter,
		),
		...(pdf === 'off' && { ATLAS_PDF: 'off' }),
		...(pdf === 'no-chromium' && { CHROMIUM_PATH: join(outputRoot, name, 'no-chromium-here') }),
		...extra,
	});
	return new Promise((resolve) => {
		execFile(
			'sh',
			['-c', scripts['build']!],
			{ cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) =>
				resolve({
					code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
					stdout,
					stderr,
					outDir,
				}),
		);
	});
}
