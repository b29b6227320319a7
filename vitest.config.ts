import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		globalSetup: ['./test/helpers/global-setup.ts'],
		// Builds and a real browser run inside tests: give them room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 180_000,
		pool: 'forks',
		maxWorkers: 2,
	},
});
