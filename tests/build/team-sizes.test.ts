/** The team page's JavaScript, read from the build and held to bench/budgets.json `team`: the drop zone up front, the roll-up only when files arrive. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { teamSizes } from '../../bench/team-sizes.mjs';

const dist = process.env['ATLAS_TEST_DIST'] ?? 'dist';
const budget = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).team as Record<string, number>;
const sizes = teamSizes(dist);

describe('team page JavaScript sizes', () => {
  it('before any file arrives, stays within its budget', () => {
    expect(sizes.pageJsGzip).toBeGreaterThan(0);
    expect(sizes.pageJsGzip).toBeLessThanOrEqual(budget['jsBeforeInteractionGzipMax']!);
  });

  it('leaves the roll-up (importers, merge, views) to load when files arrive', () => {
    expect(sizes.boardUpFront).toBe(false);
    expect(sizes.boardOnDemandGzip).toBeGreaterThan(sizes.pageJsGzip / 2);
  });
});
