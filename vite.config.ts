import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// Unit tests use the catalogue compiled by `npm run i18n:compile`; the plugin's file
		// watcher would otherwise keep vitest from exiting.
		...(process.env.VITEST
			? []
			: [
					paraglideVitePlugin({
						project: './project.inlang',
						outdir: './src/lib/paraglide',
						// Cookie first so a chosen language sticks; Dutch is the default otherwise.
						strategy: ['cookie', 'baseLocale']
					})
				])
	],
	server: { port: 5173 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		reporters: ['default']
	}
});
