/** The worksheet budgets of the benchmark: JavaScript before interaction and after idle, layout shift, and the checklist's update time. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/check.mjs';
import { passingResults } from '../helpers/bench-results';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const passing = () => passingResults();
/** The overview budgets are checked at N = 2000, so every case carries a passing result there too. */
const big = () => passingResults(2000, 5100);

describe('worksheet budgets', () => {
  it('passes results within every worksheet budget', () => {
    expect(checkBudgets([passing(), big()], budgets)).toEqual([]);
  });

  const w = budgets.worksheet;
  it.each([
    ['before interaction', { jsBeforeInteractionGzip: w.jsGzipMax + 1 }, `worksheet page JavaScript (gzip) at N=700: ${w.jsGzipMax + 1} B is over the budget of ${w.jsGzipMax} B`],
    ['after idle', { jsAfterIdleGzip: w.jsAfterIdleGzipMax + 1 }, `worksheet page JavaScript after idle (gzip) at N=700: ${w.jsAfterIdleGzipMax + 1} B is over the budget of ${w.jsAfterIdleGzipMax} B`],
    ['update time', { checklistUpdateMs: w.checklistUpdateMsMax + 25 }, `checklist table update after a rating change, 200 customers at N=700: ${w.checklistUpdateMsMax + 25} ms is over the budget of ${w.checklistUpdateMsMax} ms`],
    ['layout shift', { clsMax: 0.1 }, 'worksheet layout shift while loading saved work at N=700: 0.1 CLS is over the budget of 0.02 CLS'],
  ])('reports a breach of %s', (_name, change, message) => {
    const r = passing();
    Object.assign(r.worksheets, change);
    expect(checkBudgets([r, big()], budgets)).toEqual([message]);
  });
});
