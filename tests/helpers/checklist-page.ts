/** Drives the ideal-customer checklist page in Chromium like a rep would. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** The checklist page's path under the site root. */
export const checklistPath = 'worksheets/ideal-customer-checklist/';

/** Opens the island's controls once it has read the saved data. */
export async function waitForChecklist(page: Page): Promise<void> {
  // The server-rendered form is there at once; wait for the island to have read the saved data.
  await page.locator('.checklist[data-ready]').waitFor();
  await page.getByLabel('Customer name').waitFor();
}

/** Adds a customer and rates every criterion at the given steps (one per criterion, 0 to 4) with the mouse. */
export async function scoreCustomer(page: Page, name: string, levels: readonly number[]): Promise<void> {
  await page.getByLabel('Customer name').fill(name);
  await page.getByRole('button', { name: 'Add and score' }).click();
  const form = page.locator('form.rating-form');
  await form.getByRole('heading', { name: `Scoring ${name}` }).waitFor();
  const groups = form.locator('fieldset.criterion');
  for (const [i, level] of levels.entries()) await groups.nth(i).locator('input[type=radio]').nth(level).check();
  await form.getByText(`${levels.length} of 6 criteria rated`).waitFor();
}

/** The ranked table as [rank, customer, score, verdict] rows. */
export async function rankedRows(page: Page): Promise<string[][]> {
  return page.locator('table.ranking tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.children].slice(0, 4).map((cell) => (cell.textContent ?? '').trim())),
  );
}

/** Clicks a button that downloads a file and returns the file's name and text. */
export async function download(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

/** Splits a CSV document into rows of cells (handles quoted cells with commas and doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
