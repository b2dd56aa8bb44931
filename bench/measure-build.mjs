// @ts-check
/** Builds a corpus with Astro in a child process and measures wall time, Pagefind time and peak memory of the process tree. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Memory (kB) of a process and all its descendants, read from /proc (Linux). Each process counts
 * its proportional set size (PSS), so libraries shared between the processes are not counted twice.
 * @param {number} pid
 */
function treeRssKb(pid) {
  let total = 0;
  /** @param {number} p */
  const visit = (p) => {
    try {
      const rollup = readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return total;
}

/**
 * Runs one node command, sampling its process tree's memory, and fails with its output when it fails.
 * @param {string[]} args @param {NodeJS.ProcessEnv} env @param {string} [cwd] where it runs (default: here)
 */
export async function measureProcess(args, env, cwd) {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peakKb = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 25);
  const code = await new Promise((done) => child.on('exit', done));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${args.join(' ')} failed (exit ${code}):\n${stderr.slice(-2000)}`);
  return { ms: performance.now() - started, peakKb };
}

/** Every .html file under a folder, as paths relative to it. @param {string} dir @param {string} [at] @returns {string[]} */
export function htmlFiles(dir, at = '') {
  return readdirSync(join(dir, at), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(dir, join(at, e.name)) : e.name.endsWith('.html') ? [join(at, e.name)] : [],
  );
}

/**
 * HTML pages by kind, so the page count explains itself: the first folder of each path (articles,
 * sections, chapters, glossary…), a booklet (`…/print/`) counted apart, a page at the top by its
 * own name. Pure. @param {string[]} paths @returns {Record<string, number>}
 */
export function pageKinds(paths) {
  /** @type {Record<string, number>} */
  const kinds = {};
  for (const path of paths) {
    const parts = path.split(/[\\/]/);
    const kind = parts.length === 1 ? (parts[0] ?? '').replace(/\.html$/, '') : `${parts[0]}${parts.includes('print') ? ' (print)' : ''}`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

/** Counts index.html files (pages) under a folder. @param {string} dir @returns {number} */
export function countPages(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) n += countPages(full);
    else if (name.endsWith('.html')) n += 1;
  }
  return n;
}

/**
 * One cold build (fresh cache and output) of the content folder `content` into `work`, by the
 * project at `root` (default: this checkout; the baseline of `--baseline` is another).
 * @param {{ content: string, work: string, root?: string }} options
 * @returns {Promise<{ totalMs: number, pagefindMs: number, peakMemoryMb: number, htmlPages: number, pageKinds: Record<string, number>, outDir: string }>}
 */
export async function measureBuild({ content, work, root }) {
  const outDir = resolve(work, 'dist');
  const cacheDir = resolve(work, 'cache');
  const timings = resolve(work, 'timings.json');
  for (const dir of [outDir, cacheDir, timings]) rmSync(dir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ATLAS_CONTENT_DIR: resolve(content),
    ATLAS_OUT_DIR: outDir,
    ATLAS_CACHE_DIR: cacheDir,
    ATLAS_BENCH_TIMINGS: timings,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // The two steps of `npm run build`, one after the other: time adds up, peak memory is the larger.
  const site = await measureProcess(['node_modules/astro/bin/astro.mjs', 'build', '--silent'], env, root);
  const index = await measureProcess(['scripts/build-search-index.mjs'], env, root);
  const totalMs = site.ms + index.ms;
  const peakKb = Math.max(site.peakKb, index.peakKb);
  const pagefindMs = existsSync(timings) ? JSON.parse(readFileSync(timings, 'utf8')).pagefindMs : NaN;
  return { totalMs, pagefindMs, peakMemoryMb: peakKb / 1024, htmlPages: countPages(outDir), pageKinds: pageKinds(htmlFiles(outDir)), outDir };
}
