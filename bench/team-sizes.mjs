// @ts-check
/**
 * Sizes of the team page's JavaScript, read from a build (no browser, so no timing): what /team/
 * loads before any file arrives (its module scripts, its island and the island renderer, with
 * their static imports) and the roll-up chunk (TeamBoard) it imports when files arrive, which
 * must not be among them. Checked against bench/budgets.json `team` by tests/build/team-sizes.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageModules, staticClosure } from './route-sizes.mjs';

/**
 * The team page's figures.
 * @param {string} dist
 * @returns {{ pageJsGzip: number, boardUpFront: boolean, boardOnDemandGzip: number }}
 */
export function teamSizes(dist) {
  const html = readFileSync(join(dist, 'team/index.html'), 'utf8');
  const islands = [...html.matchAll(/(?:component|renderer)-url="[^"]*\/_astro\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const upFront = new Set();
  for (const module of [...pageModules(dist, 'team/index.html'), ...islands]) staticClosure(dist, module, upFront);
  const island = islands.find((f) => f.startsWith('TeamRollup.'));
  if (!island) throw new Error('the team page has no TeamRollup island');
  const board = readFileSync(join(dist, '_astro', island), 'utf8').match(/import\([`"']\.\/(TeamBoard\.[^`"']+\.js)[`"']\)/)?.[1];
  if (!board) throw new Error(`${island} does not import the roll-up board on demand`);
  const gzip = (/** @type {string[]} */ files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, '_astro', f)), { level: 9 }).length, 0);
  return {
    pageJsGzip: gzip([...upFront]),
    boardUpFront: upFront.has(board),
    boardOnDemandGzip: gzip([...staticClosure(dist, board)].filter((f) => !upFront.has(f))),
  };
}
