/** Runs the build (`astro build`, then the search index) in child processes with their own output and cache folders, for side builds in tests. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Output of a side build. */
export interface BuildResult { status: number | null; output: string; outDir: string }

/** Builds the site with extra environment (ATLAS_BASE, ATLAS_CONTENT_DIR …) into tests/.tmp/<name>. */
export function buildSite(name: string, env: Record<string, string>): BuildResult {
  const work = resolve('tests/.tmp', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const outDir = join(work, 'dist');
  const options = {
    env: { ...process.env, ...env, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8' as const,
    timeout: 240_000,
  };
  // The same steps as `npm run build`: the site, then its search index, then the service worker.
  const site = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], options);
  const index = site.status === 0 ? spawnSync(process.execPath, ['scripts/build-search-index.mjs'], options) : null;
  const worker = index?.status === 0 ? spawnSync(process.execPath, ['scripts/build-service-worker.mjs'], options) : null;
  const output = [site, index, worker].map((r) => (r ? `${r.stdout}\n${r.stderr}` : '')).join('\n');
  return { status: (worker ?? index ?? site).status, output, outDir };
}
