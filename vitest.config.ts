import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		pool: 'forks',
		maxWorkers: 2,
		projects: [
			{
				// Pure code, validation and the fixture surveys read as files: no site is built.
				// Files share workers and the modules they loaded (no isolation): no test relies on fresh module state.
				test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, testTimeout: 20_000 },
			},
			{
				// The commands: check, new, triage and the pull-request report run in-process (check and new also once as
				// the script npm runs); release runs as its script on a clone of the repository, and builds its site.
				test: { name: 'cli', include: ['test/cli/**/*.test.ts'], testTimeout: 60_000 },
			},
			{
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
					// Builds the tiny and the real survey once per run; test files read them.
					globalSetup: ['./test/helpers/global-setup.ts'],
					// Builds run inside some tests: give them room on a 2-core machine.
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					// Pagefind loads its WebAssembly on first search; on a busy 2-core machine that takes longer than
					// expect.poll's default second, so polls wait up to 10 s (they still fail if the page never gets there).
					expect: { poll: { timeout: 10_000 } },
					// The same setup: with the build project in the same run, the sites are built only once.
					globalSetup: ['./test/helpers/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
