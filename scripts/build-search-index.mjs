// @ts-check
/**
 * Indexes the built site with Pagefind's Node API (createIndex, addDirectory, writeFiles, close).
 * `npm run build` runs it after `astro build` has exited, in its own process, so the memory of
 * the two steps does not add up. Only elements marked `data-pagefind-body` are indexed, so
 * navigation and footers stay out of search.
 *
 * usage: node scripts/build-search-index.mjs [site folder]   (default: $ATLAS_OUT_DIR or dist)
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * The pages that hold `data-pagefind-body`: articles, sections, glossary terms and worksheets.
 * Pagefind reads only these, so it never parses the booklets (every article again, twice) or the
 * other pages, which it would skip anyway; tests/build/search-index.test.ts checks the two agree.
 */
export const SEARCH_GLOB = '{articles,sections,glossary,worksheets}/*/index.html';

/** Indexes the built site in `site` into `site/pagefind`. @param {string} site */
export async function buildSearchIndex(site) {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: SEARCH_GLOB });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages in ${site}: run astro build first`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    const ms = Math.round(performance.now() - started);
    console.log(`search index: ${added.page_count} pages indexed into ${join(site, 'pagefind')} in ${ms} ms`);
    // The benchmark reads indexing time apart from the rest of the build.
    const timings = process.env['ATLAS_BENCH_TIMINGS'];
    if (timings) writeFileSync(timings, JSON.stringify({ pagefindMs: ms, indexedPages: added.page_count }));
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildSearchIndex(resolve(process.argv[2] ?? process.env['ATLAS_OUT_DIR'] ?? 'dist'));
}
