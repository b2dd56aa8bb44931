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
  it('holds budgets with the budget keys set as the issue asks', () => {
    expect(budgets.worksheet).toMatchObject({ jsGzipMax: 25600, jsAfterIdleGzipMax: 46080, checklistUpdateMsMax: 50 });
    expect(checkBudgets([passing(), big()], budgets)).toEqual([]);
  });

  it.each([
    ['before interaction', { jsBeforeInteractionGzip: 26_000 }, 'worksheet page JavaScript (gzip) at N=700: 26000 B is over the budget of 25600 B'],
    ['after idle', { jsAfterIdleGzip: 50_000 }, 'worksheet page JavaScript after idle (gzip) at N=700: 50000 B is over the budget of 46080 B'],
    ['update time', { checklistUpdateMs: 75 }, 'checklist table update after a rating change, 200 customers at N=700: 75 ms is over the budget of 50 ms'],
    ['layout shift', { clsMax: 0.1 }, 'worksheet layout shift while loading saved work at N=700: 0.1 CLS is over the budget of 0.02 CLS'],
  ])('reports a breach of %s', (_name, change, message) => {
    const r = passing();
    Object.assign(r.worksheets, change);
    expect(checkBudgets([r, big()], budgets)).toEqual([message]);
  });
});
