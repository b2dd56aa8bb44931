/**
 * Vite plugin (build only): reading progress gets its own copy of zod/mini and of our zod wording
 * (src/lib/site/zod-messages.ts). Without it, Rollup puts the zod modules that reading progress and the
 * worksheets share in a chunk of their own, split off the worksheets' shared chunk, and every
 * worksheet page pays for the extra file before interaction (about 280 B gzip). With it the
 * worksheets keep one shared chunk, and reading progress loads only the zod parts it uses.
 */
import type { Plugin } from 'vite';

const COPY = '?reading-progress-zod';
/** The modules that check reading progress with zod (they start the copy). */
const READING_PROGRESS = /\/src\/lib\/reading-progress\/(progress|schemas)\.ts$/;
/** The modules that are copied: zod itself and our wording for its issues. */
const COPIED = /\/node_modules\/zod\/|\/src\/lib\/site\/zod-messages\.ts$/;

/** Resolves zod (and zod-messages) imported from reading progress, and everything those import, to copies. */
export function readingProgressOwnZod(): Plugin {
  return {
    name: 'customer-atlas-reading-progress-own-zod',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const inCopy = importer.endsWith(COPY);
      const plainImporter = inCopy ? importer.slice(0, -COPY.length) : importer;
      if (!inCopy && !READING_PROGRESS.test(plainImporter)) return null;
      const resolved = await this.resolve(source, plainImporter, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !COPIED.test(resolved.id)) return resolved;
      return { ...resolved, id: `${resolved.id}${COPY}` };
    },
  };
}
