// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: ['dist/', '.astro/', '.bench/', 'node_modules/', 'test/.output/', 'test/fixtures/'],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			globals: globals.node,
		},
		rules: {
			// A leading underscore marks a binding kept on purpose, e.g. a field dropped by destructuring.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
		},
	},
	{
		// Astro's frontmatter is not part of the TypeScript program ESLint sees, so type-aware rules cannot run on it;
		// `astro check` type-checks those files instead.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['public/**/*.js', 'src/scripts/**', '**/*.astro/*.ts'],
		languageOptions: { globals: globals.browser },
	},
	{
		files: ['test/**'],
		rules: {
			// vitest's asymmetric matchers (expect.stringContaining, expect.any) are typed `any` by design.
			'@typescript-eslint/no-unsafe-assignment': 'off',
			// Fakes of async interfaces (fetch) are async so that a throw becomes a rejection, as in the real thing.
			'@typescript-eslint/require-await': 'off',
		},
	},
);
