/** The customer type quiz in Chromium: export one account and import it elsewhere; bad files refused in plain words. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { typicalAnswers } from '../helpers/quiz-answers';
import { classifyContact, quizPath, waitForQuiz } from '../helpers/quiz-e2e';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const noViolations = async (page: Page, step: string) => expect(await axeViolations(page), step).toEqual([]);
const fiveContacts = [
  ['Dana Reyes', 'Operations director', 'bag-of-money'],
  ['Lee Park', 'Head nurse', 'ally'],
  ['Sam Ortiz', 'Office coordinator', 'bag-of-wind'],
  ['Kim Bauer', 'Our delivery lead', 'internal-customer'],
  ['Ari Cohen', 'Procurement', 'repeat-customer'],
] as const;

describe('export and import', () => {
  it('exports five contacts of one account and imports them into a fresh browser profile', async () => {
    const page = await session.open(quizPath);
    for (const [name, role, type] of fiveContacts) {
      await classifyContact(page, { name, role, account: 'Clinic Group' }, typicalAnswers[type]);
      await page.getByRole('button', { name: 'Classify another contact' }).click();
    }
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^customer-type-quiz-clinic-group-\d{4}-\d\d-\d\d\.json$/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const rows = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(6);
    expect(rows[1]).toMatch(/^Clinic Group,Dana Reyes,Operations director,Bag of money,/);

    const fresh = await session.open(quizPath);
    await waitForQuiz(fresh);
    await fresh.setInputFiles('#import-customer-type-quiz', (await json.path())!);
    await fresh.locator('text=Imported 5 contacts.').waitFor();
    await expect(fresh.locator('.quiz-contact').count()).resolves.toBe(5);
    await expect(fresh.locator('#account-map-heading').innerText()).resolves.toBe('Account map: Clinic Group');
    await noViolations(fresh, 'after import');

    await fresh.getByRole('button', { name: 'Edit Dana Reyes' }).click();
    await fresh.fill('#quiz-role', 'COO');
    await fresh.click('.quiz-stepper button[type=submit]');
    for (let i = 0; i < 8; i++) await fresh.click('.quiz-stepper button[type=submit]');
    await fresh.setInputFiles('#import-customer-type-quiz', (await json.path())!);
    await fresh.locator('[role=alertdialog]', { hasText: 'would replace 1 contact' }).waitFor();
    await noViolations(fresh, 'import confirmation');
    await fresh.getByRole('button', { name: 'Keep mine, add only new' }).click();
    await expect(fresh.locator('.quiz-contact', { hasText: 'Dana Reyes' }).innerText()).resolves.toContain('COO');
    await page.context().close();
    await fresh.context().close();
  });

  it.each([
    ['not JSON', 'oops', 'The file holds text that is not JSON; it starts with “oops”.', 'This is not a file exported from the customer type quiz.'],
    ['another worksheet', JSON.stringify({ app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1, data: {} }), 'The file holds the ideal customer checklist worksheet.', 'This file belongs to another worksheet, not the customer type quiz.'],
    ['a contact without a name', JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 1, data: { contacts: { a: { updatedAt: 1, value: { name: 'A', role: '', account: 'B', answers: typicalAnswers.ally } }, b: { updatedAt: 1, value: { name: 'C', role: '', account: 'B', answers: typicalAnswers.ally } }, c: { updatedAt: 1, value: { name: '', role: '', account: 'B', answers: typicalAnswers.ally } } }, drafts: {} } }), 'The file holds 3 contacts in 1 account (B).', 'Contact 3 has no name.'],
    [
      'an invalid answer',
      JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 1, data: { contacts: { c1: { updatedAt: 1, value: { name: 'A', role: '', account: 'B', answers: { ...typicalAnswers.ally, veto: 'maybe' } } } }, drafts: {} } }),
      'The file holds 1 contact in 1 account (B).',
      'Contact 1 (A) has “maybe” as the answer to question 6 (“Can this contact stop a purchase?”), which is not one of its answers.',
    ],
  ])('refuses a bad file (%s) in plain words, with the field paths only in the details', async (_name, text, held, problem) => {
    const page = await session.open(quizPath);
    await waitForQuiz(page);
    await page.setInputFiles('#import-customer-type-quiz', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.locator('.import-panel [role=alert]');
    await alert.waitFor();
    const shown = await alert.innerText();
    expect(shown).toContain(`Nothing was imported from bad.json. ${held}`);
    expect(shown).toContain(problem);
    expect(shown).not.toContain('→');
    await alert.locator('summary').click();
    await expect(alert.locator('details').innerText()).resolves.toMatch(/:/);
    await noViolations(page, 'import error');
    await page.context().close();
  });
});
