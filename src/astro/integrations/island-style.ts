/** Astro integration (build only): moves the islands' style element into the head of every built page (see src/lib/site/island-style.ts). */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hoistIslandStyle } from '../../lib/site/island-style.ts';

/** How many pages are read at once. */
const BATCH = 64;
/** The bytes every islands' style element starts with: a page without them has nothing to move. */
const ISLAND_STYLE_START = Buffer.from('<style>astro-island');

/** Every .html file under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The integration: after the build, rewrite pages whose islands' style sits in the body. */
export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'customer-atlas-island-style',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let moved = 0;
        const files = await htmlFiles(fileURLToPath(dir));
        // Read in batches, as bytes: only the few pages with an island are decoded and rewritten.
        for (let at = 0; at < files.length; at += BATCH) {
          const batch = files.slice(at, at + BATCH);
          const pages = await Promise.all(batch.map((file) => readFile(file)));
          await Promise.all(
            pages.map(async (bytes, i) => {
              if (!bytes.includes(ISLAND_STYLE_START)) return;
              const html = bytes.toString('utf8');
              const next = hoistIslandStyle(html);
              if (next === html) return;
              await writeFile(batch[i]!, next);
              moved += 1;
            }),
          );
        }
        logger.info(`islands' style moved into the head of ${moved} page(s)`);
      },
    },
  };
}
