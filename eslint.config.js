// ESLint: typescript-eslint and eslint-plugin-svelte, run as a step of `npm test`.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'pb_data/',
			'test-results/',
			'playwright-report/',
			'tests/.tmp/',
			'bench/out/',
			// PocketBase's JSVM (goja) scripts: type-checked by tsc against types/pocketbase (see pb_hooks/tsconfig.json)
			'pb_hooks/',
			'pb_migrations/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			'no-undef': 'off',
			// Japanese text uses the ideographic space (U+3000) inside strings
			'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
			// the app is served at the root (no kit.paths.base), so plain paths are what resolve() would return
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	}
);
