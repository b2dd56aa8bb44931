// @ts-check
/**
 * Sizes of the JavaScript that routes add, read from a build (no browser, so no timing): what
 * the route page loads before any interaction (its module scripts and their static imports),
 * what the planner's loader adds to a chapter page (with the helpers only it brings), and the planner itself, which loads only
 * when "Plan a route" is pressed. Checked against bench/budgets.json `routes` by
 * tests/build/route-sizes.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{},\s]*?from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;

/** @param {string} dist @param {string} file a file in dist/_astro */
const gzipOf = (dist, file) => gzipSync(readFileSync(join(dist, '_astro', file)), { level: 9 }).length;

/**
 * The files of `_astro` a module loads before it runs: itself and its static imports, transitively (dynamic import() not followed).
 * @param {string} dist @param {string} file @param {Set<string>} [seen]
 */
export function staticClosure(dist, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(join(dist, '_astro', file), 'utf8').matchAll(STATIC_IMPORT)) staticClosure(dist, match[1]?.slice(2) ?? '', seen);
  return seen;
}

/** The module scripts an HTML page loads, as file names in _astro. @param {string} dist @param {string} page */
export function pageModules(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<script type="module" src="[^"]*\/_astro\/([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** gzip bytes of every file a page loads before interaction. @param {string} dist @param {string} page */
export function pageJsGzip(dist, page) {
  const files = new Set();
  for (const module of pageModules(dist, page)) staticClosure(dist, module, files);
  return [...files].reduce((n, f) => n + gzipOf(dist, f), 0);
}

/**
 * The route figures of a build.
 * @param {string} dist
 * @returns {{ routePageJsGzip: number, chapterPlannerLoaderGzip: number, plannerOnDemandGzip: number }}
 */
export function routeSizes(dist) {
  const chapterModules = pageModules(dist, 'chapters/customers/index.html');
  const loader = chapterModules.find((m) => m.startsWith('RoutePlanner.astro'));
  if (!loader) throw new Error('the chapter page loads no RoutePlanner script: is the planner on the chapter page?');
  const others = new Set();
  for (const module of chapterModules.filter((m) => m !== loader)) staticClosure(dist, module, others);
  const withLoader = [...staticClosure(dist, loader)].filter((f) => !others.has(f));
  const onChapter = new Set([...others, ...withLoader]);
  const builder = readFileSync(join(dist, '_astro', loader), 'utf8').match(/import\([`"']\.\/(route-builder\.[^`"']+\.js)[`"']\)/)?.[1];
  if (!builder) throw new Error(`${loader} does not import the planner on demand`);
  const planner = [...staticClosure(dist, builder)].filter((f) => !onChapter.has(f));
  return {
    routePageJsGzip: pageJsGzip(dist, 'routes/index.html'),
    chapterPlannerLoaderGzip: withLoader.reduce((n, f) => n + gzipOf(dist, f), 0),
    plannerOnDemandGzip: planner.reduce((n, f) => n + gzipOf(dist, f), 0),
  };
}
