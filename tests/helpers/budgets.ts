/** The benchmark's budgets (bench/budgets.json), so browser tests check the same numbers as `npm run bench -- --check`. */
import { readFileSync } from 'node:fs';

interface Budgets {
  worksheet: { jsGzipMax: number; jsAfterIdleGzipMax: number; checklistUpdateMsMax: number; clsMax: number };
}

/** The budgets as the benchmark reads them. */
export const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Budgets;
