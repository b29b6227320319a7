import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
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

/** Builds the survey in `surveyDir` with the project's own Astro, exactly as `npm run build` does. */
export function buildSurvey(surveyDir: string, name: string): Promise<BuildResult> {
	const outDir = join(outputRoot, name, 'dist');
	rmSync(join(outputRoot, name), { recursive: true, force: true });
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
			{
				cwd: repoRoot,
				env: cleanEnv({ ATLAS_SURVEY: surveyDir, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: join(outputRoot, name, 'cache') }),
				maxBuffer: 64 * 1024 * 1024,
			},
			(error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, outDir }),
		);
	});
}
