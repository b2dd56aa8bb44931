// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentPreflight } from './src/integrations/content-preflight.ts';
import { readingProgressOwnZod } from './src/integrations/own-zod.ts';

// ATLAS_BASE builds the site under a sub-path (for example `/atlas/`), as a static host would serve it.
const base = process.env.ATLAS_BASE ?? '/';
// ATLAS_OUT_DIR and ATLAS_CACHE_DIR keep side builds (sub-path, fixtures, benchmark) apart from the main one.
const outDir = process.env.ATLAS_OUT_DIR ?? './dist';
const cacheDir = process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The search index is built after Astro exits (scripts/build-search-index.mjs), see package.json.
  integrations: [contentPreflight(process.env.ATLAS_CONTENT_DIR ?? './src/content'), preact(), mdx()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Reading progress checks its data with its own copy of zod, so the worksheets keep one shared chunk (see the plugin).
  vite: { plugins: [readingProgressOwnZod()] },
  // One self-hosted family, served from our own origin; Astro writes the @font-face rules, the
  // preload link and a fallback face with matching metrics, so the swap shifts nothing.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Public Sans',
      cssVariable: '--font-body',
      fallbacks: ['Arial', 'sans-serif'],
      options: {
        variants: [
          { src: ['@fontsource-variable/public-sans/files/public-sans-latin-wght-normal.woff2'], weight: '100 900', style: 'normal' },
          { src: ['@fontsource-variable/public-sans/files/public-sans-latin-wght-italic.woff2'], weight: '100 900', style: 'italic' },
        ],
      },
    },
  ],
});
