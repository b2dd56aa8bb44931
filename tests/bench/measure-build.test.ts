import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPages, htmlFiles, pageKinds } from '../../bench/measure-build.mjs';

describe('pageKinds', () => {
  it.each([
    [[], {}],
    [['index.html', '404.html'], { index: 1, '404': 1 }],
    [['articles/a/index.html', 'articles/b/index.html'], { articles: 2 }],
    [['sections/s/index.html', 'sections/s/print/index.html'], { sections: 1, 'sections (print)': 1 }],
    [['chapters/c/print/index.html', 'glossary/index.html', 'glossary/clv/index.html'], { 'chapters (print)': 1, glossary: 2 }],
  ])('sorts %j by kind', (paths, kinds) => {
    expect(pageKinds(paths)).toEqual(kinds);
  });
});

describe('htmlFiles and countPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('find every .html file below a folder, and nothing else', () => {
    for (const f of ['index.html', 'articles/a/index.html', 'sections/s/print/index.html', 'downloads/articles/a.md', '_astro/x.js']) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    expect(htmlFiles(dir).sort()).toEqual(['articles/a/index.html', 'index.html', 'sections/s/print/index.html']);
    expect(countPages(dir)).toBe(3);
    expect(pageKinds(htmlFiles(dir))).toEqual({ index: 1, articles: 1, 'sections (print)': 1 });
  });
});
