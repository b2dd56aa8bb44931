/** Astro integration (build only): moves the islands' style element into the head of every built page (see src/lib/site/island-style.ts). */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hoistIslandStyle } from '../../lib/site/island-style.ts';

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
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const next = hoistIslandStyle(html);
          if (next === html) continue;
          await writeFile(file, next);
          moved += 1;
        }
        logger.info(`islands' style moved into the head of ${moved} page(s)`);
      },
    },
  };
}
