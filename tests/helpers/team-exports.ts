/**
 * Real reps' exports for the team roll-up tests, made through the worksheets in Chromium: each rep
 * in a fresh browser profile types their name (or not), fills in a worksheet with the mouse and
 * clicks its export button; the download is kept as a file the manager can drop on /team/.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import type { CustomerTypeId } from '../../src/lib/worksheets/customer-type-quiz/types';
import type { SiteSession } from './browser';
import { checklistPath, scoreCustomer, waitForChecklist } from './checklist-page';
import { importAccounts, valuePath, waitForWorksheet } from './customer-value-page';
import { typicalAnswers } from './quiz-answers';
import { classifyContact, quizPath } from './quiz-e2e';

/** A downloaded export, ready for setInputFiles. */
export interface ExportedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Clicks an export button and keeps the download (prefixed with the rep's folder, as a manager would save it). */
export async function exportFile(page: Page, button: string): Promise<ExportedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const name = download.suggestedFilename();
  return { name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json', buffer: await readFile((await download.path())!) };
}

/** Types the rep's name in "Your name (for exports)" and leaves the field, which saves it. */
export async function typeRepName(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Your name (for exports)');
  await field.fill(name);
  await field.press('Tab');
  await page.getByText('Saved: your exports carry this name.').waitFor();
}

/** What one rep does before sending files: the name (null: none typed) and what to put in each worksheet. */
export interface RepPlan {
  name: string | null;
  contacts?: { name: string; account: string; type: CustomerTypeId }[];
  /** Customers scored on the checklist, each criterion at one step (0 to 4). */
  checklist?: { customer: string; level: number }[];
  /** Imports the demo CRM export into the value worksheet. */
  value?: boolean;
  /** Article ids marked read. */
  read?: string[];
  /** Which format each worksheet is exported in. */
  csv?: boolean;
}

/** Drives the worksheets of one rep in `context` and returns the files they export. */
export async function repExports(session: SiteSession, context: BrowserContext, plan: RepPlan): Promise<ExportedFile[]> {
  const files: ExportedFile[] = [];
  const page = await context.newPage();
  const go = (path: string) => page.goto(`${session.site.root}${path}`);
  let named = false;
  // The name is kept in the browser, so typing it once, next to the first export, names every file.
  const nameOnce = async () => {
    if (plan.name && !named) await typeRepName(page, plan.name), (named = true);
  };
  if (plan.contacts?.length) {
    await go(quizPath);
    for (const [i, c] of plan.contacts.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Classify another contact' }).click();
      await classifyContact(page, { name: c.name, role: 'Buyer', account: c.account }, typicalAnswers[c.type]);
    }
    await nameOnce();
    files.push(await exportFile(page, plan.csv ? 'Export everything (CSV)' : 'Export everything (JSON)'));
  }
  if (plan.checklist?.length) {
    await go(checklistPath);
    await waitForChecklist(page);
    for (const c of plan.checklist) await scoreCustomer(page, c.customer, Array(6).fill(c.level));
    await nameOnce();
    files.push(await exportFile(page, plan.csv ? 'Export CSV (spreadsheet)' : 'Export JSON (to import later)'));
  }
  if (plan.value) {
    await go(valuePath);
    await waitForWorksheet(page);
    await importAccounts(page);
    await nameOnce();
    files.push(await exportFile(page, plan.csv ? 'Export CSV (spreadsheet)' : 'Export JSON (to import later)'));
  }
  if (plan.read?.length) {
    for (const id of plan.read) {
      await go(`articles/${id}/`);
      await page.locator('[data-mark-read]').click();
      await page.locator('[data-mark-read][aria-pressed="true"]').waitFor();
    }
    await go('progress/');
    await nameOnce();
    files.push(await exportFile(page, 'Download my reading (JSON)'));
  }
  await page.close();
  return files;
}
