// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { preactIslands } from './src/astro/integrations/preact-islands.ts';
import { contentPreflight } from './src/astro/integrations/content-preflight.ts';
import { readingProgressOwnZod } from './src/astro/integrations/own-zod.ts';
import { createHash } from 'node:crypto';
import { inlineScripts } from './src/lib/site/inline-scripts.ts';
import { pageDirectives, scriptResources, styleResources } from './src/lib/site/security-policy.ts';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
import { smallPreloadHelper } from './src/astro/integrations/small-preload.ts';
import { islandStyleInHead } from './src/astro/integrations/island-style.ts';
import { pageShare, shareSettings } from './src/lib/site/share.ts';
import { pathInSite } from './src/lib/site/site-area.ts';

// ATLAS_BASE builds the site under a sub-path (for example `/atlas/`), as a static host would serve it.
const base = process.env.ATLAS_BASE ?? '/';
// ATLAS_OUT_DIR and ATLAS_CACHE_DIR keep side builds (sub-path, fixtures, benchmark) apart from the main one.
const outDir = process.env.ATLAS_OUT_DIR ?? './dist';
const cacheDir = process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro';
// ATLAS_SITE (the origin, e.g. https://atlas.example.com) gives canonical and og:url addresses and the sitemap; without it they are left out.
const share = shareSettings(process.env);

export default defineConfig({
  base,
  ...(share.site && { site: share.site }),
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Articles hold no code: no Shiki highlighter to load (and none of its inline styles, which the CSP refuses).
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', concurrency: 3 },
  // The search index is built after Astro exits (scripts/build-search-index.mjs), see package.json.
  integrations: [
    contentPreflight(process.env.ATLAS_CONTENT_DIR ?? './src/content'),
    // Preact for the islands (.tsx only); the build compiles their JSX with Vite's Oxc, not Babel (see the integration).
    preactIslands({ include: [/\.tsx$/] }),
    mdx(),
    // sitemap-index.xml needs absolute addresses, so only a build with ATLAS_SITE writes it; booklets, "Your reading" and fallbacks stay out.
    // The islands' style element goes into the head, where the W3C Nu checker accepts it (src/lib/site/island-style.ts).
    islandStyleInHead(),
    ...(share.site ? [sitemap({ filter: (page) => pageShare(pathInSite(new URL(page).pathname, base)).inSitemap })] : []),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Content-Security-Policy on every page (src/lib/site/security-policy.ts; README "Security"): Astro
  // hashes the scripts and styles it inlines, we add the hashes of our own inline scripts.
  // Style attributes (section hues, bar widths in the worksheets) are allowed inline: they cannot run script.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...pageDirectives],
      scriptDirective: { resources: [...scriptResources], hashes: inlineScripts.map(sha256) },
      styleDirective: { resources: [...styleResources, { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Reading progress checks its data with its own copy of zod, so the worksheets keep one shared chunk (see the plugin).
  // The dynamic-import helper every page loads is swapped for a smaller one (see the plugin).
  vite: {
    plugins: [readingProgressOwnZod(), smallPreloadHelper()],
    // MDX modules start with Astro's "use astro:head-inject" marker, which Astro reads before bundling;
    // the bundler's note that it may drop it would otherwise print twice per article (1,400 code frames at 700 articles).
    build: { rolldownOptions: { onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject') ? undefined : handler(level, log)) } },
  },
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
