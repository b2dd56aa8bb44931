/** The JavaScript routes add, read from the build and held to bench/budgets.json `routes` (sizes only, gzip). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeSizes } from '../../bench/route-sizes.mjs';

const dist = process.env['ATLAS_TEST_DIST'] ?? 'dist';
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).routes as Record<string, number>;
const sizes = routeSizes(dist);

describe('route JavaScript sizes', () => {
  it.each([
    ['the route page before interaction', sizes.routePageJsGzip, budgets['pageJsGzipMax']!],
    ['the planner loader on a chapter page', sizes.chapterPlannerLoaderGzip, budgets['chapterLoaderJsGzipMax']!],
    ['the planner, loaded on "Plan a route"', sizes.plannerOnDemandGzip, budgets['plannerOnDemandJsGzipMax']!],
  ])('%s stays within its budget', (_name, bytes, max) => {
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(max);
  });
});
