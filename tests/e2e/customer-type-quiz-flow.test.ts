/** The quiz as a tool: actions per contact, the keyboard path with number keys, the phone layout, the result, no layout shift, export everything. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOptions, type QuestionId } from '../../src/lib/worksheets/customer-type-quiz/answer-options';
import { customerTypes } from '../../src/lib/worksheets/customer-type-quiz/types';
import { quizSeed } from '../../scripts/worksheet-seeds.mjs';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { typicalAnswers } from '../helpers/quiz-answers';
import { quizKey, quizPath, tabTo, waitForQuiz } from '../helpers/quiz-e2e';
import { loadShift } from '../helpers/quiz-measure';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const phone = { width: 390, height: 844 };
const questionIds = Object.keys(answerOptions) as QuestionId[];
const open = async (viewport = phone, colorScheme: 'light' | 'dark' = 'light') => {
  const context = await session.browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${session.site.root}${quizPath}`);
  await waitForQuiz(page);
  return page;
};

describe('one contact, from name to result', () => {
  it('takes at most 12 actions on a phone (typing not counted), with the form above the fold', async () => {
    const page = await open();
    for (const id of ['#quiz-name', '#quiz-account', '.quiz-stepper button[type=submit]']) {
      const box = (await page.locator(id).boundingBox())!;
      expect(box.y + box.height, `${id} above the fold`).toBeLessThanOrEqual(phone.height);
    }
    const main = await page.locator('main').innerText();
    expect(main.match(/About the contact/g)).toHaveLength(1);
    let actions = 0;
    const act = async (selector: string) => {
      actions++;
      await page.click(selector);
    };
    await act('#quiz-name');
    await page.keyboard.type('Dana Reyes');
    await act('#quiz-role');
    await page.keyboard.type('Operations director');
    await act('#quiz-account');
    await page.keyboard.type('Clinic Group');
    await act('.quiz-stepper button[type=submit]');
    for (const id of questionIds) await act(`#q-${id}-${typicalAnswers['bag-of-money'][id]}`);
    await page.locator('#quiz-result-heading').waitFor();
    expect(actions).toBeLessThanOrEqual(12);
    await expect(page.locator('#quiz-result-heading').innerText()).resolves.toBe('Bag of money');
    await page.context().close();
  });

  it('can be answered with number keys, and Back and the answers review stay available', async () => {
    const page = await open({ width: 1366, height: 900 });
    await tabTo(page, '#quiz-name');
    await page.keyboard.type('Keys');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard Co');
    await page.keyboard.press('Enter');
    let presses = 0;
    for (const id of questionIds) {
      await page.locator(`#q-${id}-${answerOptions[id][0]}:focus`).waitFor();
      const index = (answerOptions[id] as readonly string[]).indexOf(typicalAnswers.ally[id]);
      if (id === 'veto') {
        // Back is there: go back one question and forward again with its number key.
        await tabTo(page, '.quiz-stepper .button-row > button[type=button]:first-child', 8);
        await page.keyboard.press('Enter');
        await page.locator('.quiz-progress-text', { hasText: 'Question 5 of 8' }).waitFor();
        await page.keyboard.press(String((answerOptions.finalSay as readonly string[]).indexOf(typicalAnswers.ally.finalSay) + 1));
        await page.locator(`#q-veto-${answerOptions.veto[0]}:focus`).waitFor();
      }
      await page.keyboard.press(String(index + 1));
      presses++;
    }
    expect(presses).toBe(8);
    await page.locator('#quiz-result-heading:focus').waitFor();
    await expect(page.locator('#quiz-result-heading').innerText()).resolves.toBe('Ally');
    await page.locator('.quiz-review summary').click();
    await page.getByRole('button', { name: 'Change the answer to “Can this contact stop a purchase?”' }).click();
    await expect(page.locator('.quiz-progress-text').innerText()).resolves.toBe('Question 6 of 8');
    await expect(page.locator('#q-veto-yes').isChecked()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the result', () => {
  const fontSize = (page: Page, selector: string) => page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

  it.each(['light', 'dark'] as const)('is the biggest text in the panel, in its type’s colour (%s theme)', async (scheme) => {
    const page = await open({ width: 1366, height: 900 }, scheme);
    const colours: string[] = [];
    for (const type of ['ally', 'bag-of-money'] as const) {
      await page.fill('#quiz-name', `A ${type}`);
      await page.fill('#quiz-account', 'Hue Co');
      await page.click('.quiz-stepper button[type=submit]');
      for (const id of questionIds) await page.click(`#q-${id}-${typicalAnswers[type][id]}`);
      await page.locator('#quiz-result-heading').waitFor();
      await expect(page.locator('#quiz-result-heading').innerText()).resolves.toBe(customerTypes[type].name);
      const biggestElse = await page.locator('.quiz-panel *:not(#quiz-result-heading)').evaluateAll((els) => Math.max(...els.map((e) => parseFloat(getComputedStyle(e).fontSize))));
      expect(await fontSize(page, '#quiz-result-heading')).toBeGreaterThan(biggestElse);
      colours.push(await page.locator('#quiz-result-heading').evaluate((el) => getComputedStyle(el).color));
      expect(await page.locator('.quiz-result').innerText()).toMatch(/Why[\s\S]*What to do next[\s\S]*Read more/);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Classify another contact' }).click();
    }
    expect(colours[0]).not.toBe(colours[1]);
    await page.context().close();
  });
});

describe('saved work', () => {
  it.each([phone, { width: 1366, height: 900 }])('shows contacts and the map after a reload without a click and without layout shift (%o)', async (viewport) => {
    const context = await session.browser.newContext({ viewport });
    const { page, cls } = await loadShift(context, `${session.site.root}${quizPath}`, quizKey, quizSeed({}));
    expect(cls).toBeLessThan(0.02);
    await expect(page.locator('.quiz-contact').count()).resolves.toBe(5);
    await expect(page.locator('.account-tier h4').allInnerTexts()).resolves.toEqual(['HOLD THE BUDGET (1)', 'INFLUENCE THE DECISION (2)', 'NO SAY IN THE OUTCOME (1)', 'YOUR COLLEAGUES (1)']);
    await context.close();
  });

  it('has no layout shift on a first visit', async () => {
    const context = await session.browser.newContext({ viewport: phone });
    const { cls } = await loadShift(context, `${session.site.root}${quizPath}`, quizKey, null);
    expect(cls).toBeLessThan(0.02);
    await context.close();
  });

  it('exports everything (JSON and CSV) and imports either into a fresh profile; a second import adds nothing', async () => {
    const context = await session.browser.newContext({ acceptDownloads: true });
    const { page } = await loadShift(context, `${session.site.root}${quizPath}`, quizKey, quizSeed({}));
    await page.fill('#quiz-name', 'Other Person');
    await page.fill('#quiz-account', 'Second Account');
    await page.click('.quiz-stepper button[type=submit]');
    for (const id of questionIds) await page.click(`#q-${id}-${typicalAnswers.ally[id]}`);
    await page.locator('#quiz-result-heading').waitFor();
    const save = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), path: (await file.path())! };
    };
    const json = await save('Export everything (JSON)');
    const csv = await save('Export everything (CSV)');
    expect(json.name).toMatch(/^customer-type-quiz-all-accounts-\d{4}-\d\d-\d\d\.json$/);
    expect(readFileSync(csv.path, 'utf8').trim().split('\r\n')).toHaveLength(7);
    for (const file of [json, csv]) {
      const fresh = await open({ width: 1366, height: 900 });
      await fresh.locator('#import-customer-type-quiz').setInputFiles(file.path);
      await fresh.getByText('Imported 6 contacts.').waitFor();
      await expect(fresh.locator('#quiz-account-select option').allInnerTexts()).resolves.toEqual(['Clinic Group', 'Second Account']);
      await fresh.locator('#import-customer-type-quiz').setInputFiles(file.path);
      await fresh.getByText('Nothing new: the file’s 6 contacts are already here.').waitFor();
      await expect(fresh.locator('.quiz-contact').count()).resolves.toBe(5);
      await fresh.context().close();
    }
    await context.close();
  });
});
