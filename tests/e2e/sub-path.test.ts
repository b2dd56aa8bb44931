/** Built under a sub-path (/atlas/), every internal link and asset of every page resolves. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro-build';
import { startSession, type SiteSession } from '../helpers/browser';

const BASE = '/atlas/';
let session: SiteSession;
let outDir: string;

beforeAll(async () => {
  const build = buildSite('sub-path', { ATLAS_BASE: BASE });
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
  session = await startSession(outDir, BASE);
});
afterAll(() => session?.close());

function htmlPages(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlPages(full, `${prefix}${name}/`);
    return name === 'index.html' ? [prefix] : [];
  });
}

describe(`a build under ${BASE}`, () => {
  it('has no broken internal href or src on any page', async () => {
    const pages = htmlPages(outDir);
    expect(pages.length).toBeGreaterThan(10);
    const context = await session.newContext();
    const page = await context.newPage();
    const targets = new Map<string, string>();
    for (const path of pages) {
      const response = await page.goto(`${session.site.root}${path}`);
      expect(response?.status(), path).toBe(200);
      const refs = await page.evaluate(() =>
        [...document.querySelectorAll('[href], [src]')].map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src),
      );
      for (const ref of refs) {
        const url = new URL(ref);
        if (url.origin !== session.site.origin) continue;
        targets.set(url.pathname, path);
      }
    }
    const broken: string[] = [];
    for (const [target, from] of targets) {
      if (!target.startsWith(BASE)) {
        broken.push(`${target} (linked from ${from}) is outside ${BASE}`);
        continue;
      }
      const response = await fetch(`${session.site.origin}${target}`);
      if (response.status !== 200) broken.push(`${target} (linked from ${from}) answers ${response.status}`);
    }
    expect(broken).toEqual([]);
    expect(targets.size).toBeGreaterThan(pages.length);
  });
});
