// @ts-check
/**
 * The same corpus built with Starlight, the docs theme we measure our build against: a throwaway
 * Starlight project in bench/.work/starlight (installed on first use, versions pinned below and
 * Astro's taken from ours), the corpus's articles as its docs pages (title and description from
 * the frontmatter, body unchanged). Build time per article is compared in bench/run.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countPages, measureProcess } from './measure-build.mjs';

/** The Starlight release the comparison is made with. */
export const STARLIGHT_VERSION = '0.42.4';

/**
 * A docs page for Starlight from one of our article files: its frontmatter cut to title and
 * description, the body as it is. Pure. @param {string} source
 */
export function starlightPage(source) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('article without frontmatter');
  const [, front = '', body = ''] = match;
  const field = (/** @type {string} */ name) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(front)?.[1] ?? '""';
  return `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\n---\n${body}`;
}

/** Installs the Starlight project once. @param {string} dir */
function ensureProject(dir) {
  const astro = JSON.parse(readFileSync(resolve('node_modules/astro/package.json'), 'utf8')).version;
  const pkg = { name: 'starlight-bench', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION } };
  const want = JSON.stringify(pkg);
  const pkgFile = join(dir, 'package.json');
  if (existsSync(pkgFile) && readFileSync(pkgFile, 'utf8') === want && existsSync(join(dir, 'node_modules/@astrojs/starlight'))) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(pkgFile, want);
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench' })] });\n");
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n");
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
}

/**
 * One cold Starlight build of the corpus's articles, Pagefind included as ours is.
 * @param {{ content: string, work: string }} options
 */
export async function measureStarlight({ content, work }) {
  const dir = resolve(work, 'starlight');
  ensureProject(dir);
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const articles = readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.mdx'));
  for (const file of articles) writeFileSync(join(docs, file), starlightPage(readFileSync(join(content, 'articles', file), 'utf8')));
  for (const sub of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, sub), { recursive: true, force: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = await measureProcess([join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--root', dir], env);
  return { totalMs: run.ms, articles: articles.length, htmlPages: countPages(join(dir, 'dist')), peakMemoryMb: run.peakKb / 1024 };
}
