// @ts-check
/**
 * `npm run shots`: screenshots of every page kind at 390, 768 and 1366 px, light and dark, plus
 * print, into shots/ (git-ignored). Each file in scripts/shots/ exports `shots`, a list of
 * { name, path, fullPage?, widths?, themes?, print?, height?, corpus?, prepare?(page) }; this runner builds
 * the site when dist/ is missing, serves it on 127.0.0.1 and writes `<name>-<width>-<theme>.png`.
 * A shot with `corpus: N` is taken of the benchmark's N-article corpus, built once into a side
 * folder (bench/.work/shots-N, git-ignored) with its own output and cache.
 *
 * usage: npm run shots -- [--only name-substring] [--dist dir] [--out dir]
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? /** @type {string} */ (args[at + 1]) : fallback;
};
const dist = resolve(option('dist', process.env['ATLAS_TEST_DIST'] ?? 'dist'));
const out = resolve(option('out', 'shots'));
const only = option('only', '');
const WIDTHS = [390, 768, 1366];
const THEMES = /** @type {const} */ (['light', 'dark']);

if (!existsSync(join(dist, 'index.html'))) {
  console.log(`shots: no build in ${dist}; running npm run build`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** @typedef {{ name: string, path: string, fullPage?: boolean, widths?: number[], themes?: ('light'|'dark')[], print?: boolean, height?: number, corpus?: number, prepare?: (page: import('playwright-core').Page) => Promise<void> }} Shot */

/** The built site of the benchmark's corpus of `n` articles, generated and built when missing (the pages only, no search index). @param {number} n */
function corpusSite(n) {
  const work = resolve(`bench/.work/shots-${n}`);
  const built = join(work, 'dist');
  if (existsSync(join(built, 'index.html'))) return built;
  console.log(`shots: building the ${n}-article benchmark corpus into ${work}`);
  const corpus = join(work, 'corpus');
  const generate = spawnSync(process.execPath, ['bench/generate-corpus.mjs', '--articles', String(n), '--out', corpus], { stdio: 'inherit' });
  if (generate.status !== 0) process.exit(generate.status ?? 1);
  const env = { ...process.env, ATLAS_CONTENT_DIR: corpus, ATLAS_OUT_DIR: built, ATLAS_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  return built;
}
/** @type {Shot[]} */
const shots = [];
const specDir = resolve('scripts/shots');
for (const file of readdirSync(specDir).filter((f) => f.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(specDir, file)).href);
  shots.push(...mod.shots);
}

mkdirSync(out, { recursive: true });
const chosen = shots.filter((s) => s.name.includes(only));
const site = await serveStatic(dist, '/');
/** @type {Map<number, Awaited<ReturnType<typeof serveStatic>>>} */
const corpusSites = new Map();
for (const n of new Set(chosen.flatMap((s) => (s.corpus ? [s.corpus] : [])))) corpusSites.set(n, await serveStatic(corpusSite(n), '/'));
const browser = await launchChromium();
let count = 0;
try {
  for (const shot of chosen) {
    const root = (shot.corpus ? corpusSites.get(shot.corpus) : site)?.root ?? site.root;
    for (const width of shot.widths ?? WIDTHS) {
      for (const theme of shot.themes ?? THEMES) {
        const height = shot.height ?? (width < 600 ? 844 : 900);
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${root}${shot.path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
        if (shot.prepare) await shot.prepare(page);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: join(out, `${shot.name}-${width}-${theme}.png`), fullPage: shot.fullPage ?? false });
        count++;
        await context.close();
      }
    }
    if (shot.print) {
      const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(`${root}${shot.path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
      if (shot.prepare) await shot.prepare(page);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await page.screenshot({ path: join(out, `${shot.name}-print.png`), fullPage: true });
      count++;
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
  for (const served of corpusSites.values()) await served.close();
}
console.log(`shots: ${count} screenshots in ${out}`);
