// @ts-check
/**
 * Indexes the built site with Pagefind's Node API once Astro has written it (as Starlight does):
 * only elements marked `data-pagefind-body` are indexed, so navigation and footers stay out.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

/** Astro integration that writes `pagefind/` into the build output. */
export function pagefindIntegration() {
  return {
    name: 'customer-atlas-pagefind',
    hooks: {
      /** @param {{ dir: URL, logger: { info: (m: string) => void } }} options */
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          const ms = Math.round(performance.now() - started);
          logger.info(`Pagefind indexed ${added.page_count} pages in ${ms} ms`);
          // The benchmark reads indexing time apart from the rest of the build.
          const timings = process.env['ATLAS_BENCH_TIMINGS'];
          if (timings) writeFileSync(timings, JSON.stringify({ pagefindMs: ms, indexedPages: added.page_count }));
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
