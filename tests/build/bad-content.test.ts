/**
 * Malformed content fails `astro build` with a line naming the file, the field and the fix.
 * Each case is the base fixture with one file replaced or added (tests/fixtures/content/bad/<case>).
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro-build';

function assemble(name: string): string {
  const dir = resolve('tests/.tmp/content', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('tests/fixtures/content/base', dir, { recursive: true });
  if (name !== 'base') cpSync(`tests/fixtures/content/bad/${name}`, dir, { recursive: true });
  return dir;
}

// Each case is a whole build: on two shared cores a cold one can take over a minute.
describe('content that breaks the build', { timeout: 180_000 }, () => {
  it('the base fixture builds', () => {
    const result = buildSite('fixture-base', { ATLAS_CONTENT_DIR: assemble('base') });
    expect(result.status, result.output).toBe(0);
  });

  it.each([
    ['bad-yaml', /articles\/second\.mdx: frontmatter line \d+: is not valid YAML \(.+\): close every quote, and put values that contain ": " or "#" inside double quotes/],
    ['missing-summary', /second[\s\S]*summary is missing: add a one-line summary \(one sentence\) of the article/],
    ['duplicate-number', /articles\/third\.mdx: number: "5\.03\.01\.02" is already the number of .*articles\/second\.mdx: give each article its own number and order|articles\/second\.mdx: number: "5\.03\.01\.02" is already the number of .*articles\/third\.mdx: give each article its own number and order/],
    ['unknown-section', /articles\/second\.mdx: section: "concepts-typo" is not a known section id: use one of "concepts"/],
    ['dangling-related', /articles\/second\.mdx: related: "no-such-article" is not an article id: use the file name of an article without \.mdx/],
    ['bad-date', /articles\/second\.mdx: reviewed: "2026-02-30" is not a real date: write it YYYY-MM-DD, like 2026-11-23/],
    ['number-mismatch', /articles\/second\.mdx: number: "5\.03\.01\.07" disagrees with its place \(parent 5\.03\.01, order 2\): set number to "5\.03\.01\.02" or change order/],
  ])('%s fails with a clear message', (name, message) => {
    const result = buildSite(`fixture-${name}`, { ATLAS_CONTENT_DIR: assemble(name) });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(message);
  });

  it('an overdue review warns with one line naming the file, and the build goes on', () => {
    const result = buildSite('fixture-review-overdue', { ATLAS_CONTENT_DIR: assemble('review-overdue') });
    expect(result.status, result.output).toBe(0);
    const warnings = result.output.split('\n').filter((line) => line.startsWith('Review due: '));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Review due: .*articles\/second\.mdx: reviewed: 2020-01-15 is \d+ days ago, more than 365 \(ATLAS_REVIEW_MAX_DAYS\): review the article, then set reviewed to the day you did$/);
  }, 240_000); // a whole build (site, search index, service worker) that succeeds

  it('ATLAS_REVIEW_MAX_DAYS sets the allowed age', () => {
    const result = buildSite('fixture-review-strict', { ATLAS_CONTENT_DIR: assemble('base'), ATLAS_REVIEW_MAX_DAYS: '1' });
    expect(result.status, result.output).toBe(0);
    expect(result.output.split('\n').filter((line) => line.startsWith('Review due: ')).map((line) => /articles\/(\w+)\.mdx/.exec(line)?.[1]).sort()).toEqual(['first', 'second']);
  }, 240_000);
});
