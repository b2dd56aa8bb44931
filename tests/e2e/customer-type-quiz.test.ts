/** The customer type quiz in a real Chromium: six types, nothing lost, recovery, map, print, keyboard, axe (files: customer-type-quiz-files.test.ts). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerTypeIds, customerTypes } from '../../src/lib/worksheets/customer-type-quiz/types';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { pageScriptBytes } from '../helpers/quiz-bundle';
import { typicalAnswers } from '../helpers/quiz-answers';
import { classifyByKeyboard, classifyContact, quizKey, quizPath, waitForQuiz } from '../helpers/quiz-e2e';
import { budgets } from '../helpers/budgets';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const noViolations = async (page: Page, step: string) => expect(await axeViolations(page), step).toEqual([]);

describe.each(['light', 'dark'] as const)('a contact of each of the six types (%s theme)', (scheme) => {
  it('classifies all six, shows them on the account map, and keeps them after a reload', async () => {
    const context = await session.newContext({ colorScheme: scheme });
    const page = await session.open(quizPath, { context });
    await waitForQuiz(page);
    await noViolations(page, 'details step');
    for (const [i, type] of customerTypeIds.entries()) {
      await classifyContact(page, { name: `Contact ${i + 1}`, role: type, account: 'Six Co' }, typicalAnswers[type]);
      await expect(page.locator('#quiz-result-heading').innerText()).resolves.toBe(customerTypes[type].name);
      // The result is announced and takes focus once it has rendered.
      await page.locator('.quiz > [role=status]', { hasText: `Result for Contact ${i + 1}: ${customerTypes[type].name}.` }).waitFor({ state: 'attached' });
      await page.locator('#quiz-result-heading:focus').waitFor();
      if (i === 0) await noViolations(page, 'result');
      await page.getByRole('button', { name: 'Classify another contact' }).click();
    }
    for (const type of customerTypeIds) {
      await expect(page.locator(`.account-person.type-${type}`).count(), type).resolves.toBe(1);
    }
    await noViolations(page, 'account map');
    await page.reload();
    await waitForQuiz(page);
    // The saved contacts and the map are there after a reload, without a click.
    await page.locator('.account-map').waitFor();
    const list = await page.locator('.quiz-contacts').innerText();
    for (let i = 1; i <= 6; i++) expect(list).toContain(`Contact ${i}`);
    await expect(page.locator('.quiz-contact').count()).resolves.toBe(6);
    await noViolations(page, 'after reload');
    await context.close();
  });
});

describe('nothing is lost', () => {
  it('resumes a contact half-way through the quiz after a reload', async () => {
    const page = await session.open(quizPath);
    await waitForQuiz(page);
    await page.fill('#quiz-name', 'Half Way');
    await page.fill('#quiz-account', 'Acme');
    await page.click('.quiz-stepper button[type=submit]');
    await page.click('#q-employer-account');
    await page.click('#q-history-repeat');
    await page.locator('.quiz-progress-text', { hasText: 'Question 3 of 8' }).waitFor();
    await page.reload();
    await waitForQuiz(page);
    await expect(page.locator('.quiz-progress-text').innerText()).resolves.toBe('Question 3 of 8');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('#q-history-repeat').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('#q-employer-account').isChecked()).resolves.toBe(true);
    // A new tab starts its own contact and offers the unfinished one instead of taking it over.
    const other = await session.open(quizPath, { context: page.context() });
    await other.getByRole('button', { name: 'Resume Half Way' }).click();
    await expect(other.locator('.quiz-progress-text').innerText()).resolves.toBe('Question 1 of 8');
    await expect(other.locator('#q-employer-account').isChecked()).resolves.toBe(true);
    await noViolations(other, 'unfinished list');
    await page.context().close();
  });

  it('merges contacts saved in two tabs', async () => {
    const context = await session.newContext();
    const [a, b] = [await session.open(quizPath, { context }), await session.open(quizPath, { context })];
    // Background tabs run timers slowly; act in the tab in front, as a person would.
    await a.bringToFront();
    await classifyContact(a, { name: 'From A', role: '', account: 'Two Tabs' }, typicalAnswers.ally);
    // B learns of A's contact through the storage event (A's unfinished draft showed up in B on the way).
    await b.locator('.quiz-accounts', { hasText: 'From A' }).waitFor();
    await b.bringToFront();
    await classifyContact(b, { name: 'From B', role: '', account: 'Two Tabs' }, typicalAnswers['bag-of-money']);
    await a.bringToFront();
    await a.locator('.quiz-contact', { hasText: 'From B' }).waitFor();
    const saved = JSON.parse((await a.evaluate((k) => localStorage.getItem(k), quizKey)) ?? '{}');
    expect(Object.values(saved.data.contacts).map((c) => (c as { value: { name: string } }).value.name).sort()).toEqual(['From A', 'From B']);
    await context.close();
  });

  it('keeps unreadable saved data, offers it as a download, and starts fresh on request', async () => {
    const context = await session.newContext({ colorScheme: 'dark' });
    const page = await session.open(quizPath, { context });
    const raw = JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 1, data: { contacts: { c1: { updatedAt: 1, value: { name: 'Old', account: 'X' } } }, drafts: {} } });
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [quizKey, raw]);
    await page.reload();
    const alert = page.locator('[role=alert]', { hasText: 'could not be read' });
    await alert.waitFor();
    await alert.locator('summary').click();
    await expect(alert.innerText()).resolves.toContain('data → contacts → c1 → value → role:');
    await noViolations(page, 'recovery notice (dark)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download saved data' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(raw);
    await expect(page.evaluate((k) => localStorage.getItem(k), quizKey)).resolves.toBe(raw);
    await page.getByRole('button', { name: 'Start fresh' }).click();
    await waitForQuiz(page);
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':backup:')).map((k) => localStorage.getItem(k)));
    expect(backups).toEqual([raw]);
    await context.close();
  });
});

describe('the account map', () => {
  it('warns about an account reached only through bags of wind, and about vetoes without a relationship', async () => {
    const page = await session.open(quizPath);
    await classifyContact(page, { name: 'Chatty', role: 'Receptionist', account: 'Windy Ltd' }, typicalAnswers['bag-of-wind']);
    await expect(page.locator('[data-warning]').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning')))).resolves.toEqual(['no-bag-of-money', 'only-bags-of-wind']);
    await page.getByRole('button', { name: 'Classify another contact' }).click();
    await classifyContact(page, { name: 'Vera', role: 'IT lead', account: 'Windy Ltd' }, { ...typicalAnswers.ally, relationship: 'none-yet' });
    const warnings = await page.locator('.account-warnings').innerText();
    expect(warnings).toContain('No bag of money identified yet.');
    expect(warnings).toContain('Can veto, but you have no good relationship yet: Vera.');
    expect(warnings).not.toContain('only through bags of wind');
    await noViolations(page, 'warnings');
    await page.context().close();
  });

  it('prints the map without the quiz, the tools or the site chrome', async () => {
    const page = await session.open(quizPath);
    await classifyContact(page, { name: 'Printed', role: 'CFO', account: 'Print Inc' }, typicalAnswers['bag-of-money']);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.quiz-panel', '.account-tools', '.import-panel', '.quiz-contacts', '.six-types', '#quiz-account-select']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('.account-map').isVisible()).resolves.toBe(true);
    await expect(page.locator('.account-map').innerText()).resolves.toContain('Printed');
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('safety and access', () => {
  it('shows a name typed as HTML as text, everywhere', async () => {
    const page = await session.open(quizPath);
    const dialogs: string[] = [];
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    const evil = '<img src=x onerror=alert(1)>';
    await classifyContact(page, { name: evil, role: evil, account: 'XSS Corp' }, typicalAnswers.ally);
    await expect(page.locator('.quiz-result-for').innerText()).resolves.toContain(evil);
    await expect(page.locator('.account-map').innerText()).resolves.toContain(evil);
    await expect(page.locator('.quiz img, .account-map img').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('can be completed with the keyboard only', async () => {
    const page = await session.open(quizPath);
    await classifyByKeyboard(page, { name: 'Keys', role: 'Head nurse', account: 'Keyboard Co' }, typicalAnswers['repeat-customer']);
    await expect(page.locator('#quiz-result-heading').innerText()).resolves.toBe('Repeat customer');
    await noViolations(page, 'keyboard result');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('A');
    await page.context().close();
  });

  it('shows a missing answer as an error instead of moving on', async () => {
    const page = await session.open(quizPath);
    await waitForQuiz(page);
    await page.click('.quiz-stepper button[type=submit]');
    await expect(page.locator('#quiz-name-error').innerText()).resolves.toBe('Enter the contact’s name.');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('quiz-name');
    await noViolations(page, 'details errors');
    await page.fill('#quiz-name', 'N');
    await page.fill('#quiz-account', 'A');
    await page.click('.quiz-stepper button[type=submit]');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#quiz-answer-error').innerText()).resolves.toBe('Choose an answer to go on.');
    await noViolations(page, 'question error');
    await page.context().close();
  });

  it('shows the questions and the six types without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.root}${quizPath}`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Who pays this contact’s salary?');
    expect(text).toContain('How are they connected to what you sell?');
    for (const type of customerTypeIds) expect(text).toContain(customerTypes[type].description);
    await context.close();
  });

  it('sends nothing off the machine and stays within the JavaScript budget', async () => {
    const page = await session.open(quizPath);
    await classifyContact(page, { name: 'Quiet', role: '', account: 'Private' }, typicalAnswers.ally);
    await page.waitForLoadState('networkidle');
    expect(session.offsite).toEqual([]);
    await expect(page.context().cookies()).resolves.toEqual([]);
    const bytes = pageScriptBytes(process.env['ATLAS_TEST_DIST'] ?? 'dist', `${quizPath}index.html`);
    expect(bytes.total).toBeLessThanOrEqual(budgets.worksheet.jsGzipMax);
    await page.context().close();
  });
});
