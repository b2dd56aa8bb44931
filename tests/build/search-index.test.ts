/**
 * Pagefind reads only the pages SEARCH_GLOB names (scripts/build-search-index.mjs). Every page
 * of the build that marks text for search must be among them, and every page they name must mark
 * some: otherwise search would silently lose pages, or parse pages for nothing.
 */
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_GLOB } from '../../scripts/build-search-index.mjs';
import { htmlFiles } from '../../bench/measure-build.mjs';

const dist = process.env['ATLAS_TEST_DIST'] ?? 'dist';
const pages = htmlFiles(dist).map((path) => ({ path, searchable: readFileSync(join(dist, path), 'utf8').includes('data-pagefind-body') }));

describe('the search index reads the searchable pages and only those', () => {
  it('finds pages of both kinds in the build', () => {
    expect(pages.filter((p) => p.searchable).length).toBeGreaterThan(30);
    expect(pages.filter((p) => !p.searchable).length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.path, p.searchable] as const))('%s: marked for search = read by Pagefind (%s)', (path, searchable) => {
    expect(matchesGlob(path, SEARCH_GLOB)).toBe(searchable);
  });
});
