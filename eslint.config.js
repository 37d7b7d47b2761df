import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit-*/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'node_modules/',
			'test-results*/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// The app is served at the root (no paths.base), so plain hrefs are already right.
			'svelte/no-navigation-without-resolve': 'off',
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		// The scoring domain and the CSV layer run in the CLI and in tests as plain TypeScript:
		// no Kit, no server modules, no paraglide (their texts come with the caller's language).
		files: ['src/lib/pso/**', 'src/lib/csv/**', 'src/lib/sr/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$app/*', '@sveltejs/*'], message: 'Keep this layer free of SvelteKit.' },
						{
							group: ['$lib/server/*', '**/server/*'],
							message: 'Pure code does not call server modules.'
						},
						{
							group: ['$lib/paraglide/*', '**/paraglide/*'],
							message: 'UI texts come from the caller; this layer holds no paraglide messages.'
						},
						{ group: ['$env/*'], message: 'No environment here: pass values in.' }
					]
				}
			]
		}
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
