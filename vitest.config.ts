import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		pool: 'forks',
		maxWorkers: 2,
		projects: [
			{
				// Pure code, validation and the fixture surveys read as files: no site is built, so this runs in seconds.
				// Files share workers (no isolation): module loading was most of the time, and no test relies on a fresh one.
				test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, testTimeout: 20_000 },
			},
			{
				// The two commands, run in-process and once each as the script npm runs (through tsx); no site is built.
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
					// The same setup: with the build project in the same run, the sites are built only once.
					globalSetup: ['./test/helpers/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
