import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Builds the survey in `surveyDir` with the project's own Astro and indexes it, exactly as `npm run build` does.
 * A cold build unless `warm`: then the content cache of the last build under `name` is kept, as on a maintainer's
 * machine between two builds.
 */
export function buildSurvey(surveyDir: string, name: string, { warm = false } = {}): Promise<BuildResult> {
	return withBuildLock(() => runBuild(surveyDir, name, warm));
}

function runBuild(surveyDir: string, name: string, warm: boolean): Promise<BuildResult> {
	const outDir = join(outputRoot, name, 'dist');
	if (!warm) rmSync(join(outputRoot, name), { recursive: true, force: true });
	const env = cleanEnv({
		ATLAS_SURVEY: surveyDir,
		ATLAS_OUT_DIR: outDir,
		ATLAS_CACHE_DIR: join(outputRoot, name, 'cache'),
	});
	const run = (args: string[]) =>
		new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
			execFile(
				process.execPath,
				args,
				{ cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 },
				(error, stdout, stderr) =>
					resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
			);
		});
	// The two steps of `npm run build`: Astro, then the search index once Astro's process has exited.
	return run([join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']).then(async (astro) => {
		if (astro.code !== 0) return { ...astro, outDir };
		const index = await run([join(repoRoot, 'src', 'cli', 'write-search-index.ts'), outDir]);
		return {
			code: index.code,
			stdout: `${astro.stdout}${index.stdout}`,
			stderr: `${astro.stderr}${index.stderr}`,
			outDir,
		};
	});
}
