// @ts-check
/**
 * Screenshots of the worksheets in each state: the quiz empty, mid-way, with a result and with a
 * saved account; the checklist empty, mid-rating and ranked (with the comparison), at every width.
 * Each state is reached by seeding localStorage (`prepare`), then reloading.
 */
import { quizSeed, checklistSeed } from '../worksheet-seeds.mjs';

/** @param {string} key @param {unknown} value @param {Record<string, string>} [session] */
const seed = (key, value, session = {}) => async (/** @type {import('playwright-core').Page} */ page) => {
  await page.evaluate(
    ([k, v, s]) => {
      localStorage.setItem(/** @type {string} */ (k), /** @type {string} */ (v));
      for (const [sk, sv] of Object.entries(/** @type {Record<string,string>} */ (s))) sessionStorage.setItem(sk, sv);
    },
    [key, JSON.stringify(value), session],
  );
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
};

const quiz = 'worksheets/customer-type-quiz/';
const checklist = 'worksheets/ideal-customer-checklist/';
const quizKey = 'customer-atlas:customer-type-quiz:v1';
const checklistKey = 'customer-atlas:ideal-customer-checklist:v1';
const tab = 'customer-atlas:customer-type-quiz:tab-draft';

/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  { name: 'quiz-empty', path: quiz },
  { name: 'quiz-mid', path: quiz, prepare: seed(quizKey, quizSeed({ draftStep: 3 }), { [tab]: 'c-draft' }) },
  {
    name: 'quiz-result',
    path: quiz,
    prepare: async (page) => {
      await seed(quizKey, quizSeed({ draftStep: 8, draftComplete: true }), { [tab]: 'c-draft' })(page);
      await page.locator('label[for=q-link-uses]').click();
      await page.locator('#quiz-result-heading').waitFor();
    },
  },
  { name: 'quiz-account', path: quiz, fullPage: true, print: true, prepare: seed(quizKey, quizSeed({})) },
  { name: 'checklist-empty', path: checklist },
  {
    name: 'checklist-mid-rating',
    path: checklist,
    prepare: async (page) => {
      await seed(checklistKey, checklistSeed({ partial: true }))(page);
      await page.getByRole('button', { name: /Continue/ }).first().click();
    },
  },
  {
    name: 'checklist-saved-rating',
    path: checklist,
    widths: [390, 1366],
    prepare: async (page) => {
      await seed(checklistKey, checklistSeed({ count: 10 }))(page);
      await page.getByLabel('Customer name').fill('Eleventh Co');
      await page.getByRole('button', { name: 'Add and score' }).click();
      const groups = page.locator('form.rating-form fieldset.criterion');
      for (const [i, level] of [4, 4, 3, 4, 3, 4].entries()) await groups.nth(i).locator('input[type=radio]').nth(level).check();
      await page.getByRole('button', { name: 'Save and show in the ranking' }).click();
      await page.locator('.rated-summary').waitFor();
    },
  },
  { name: 'checklist-ranked', path: checklist, fullPage: true, print: true, prepare: seed(checklistKey, checklistSeed({})) },
  { name: 'checklist-phone', path: checklist, widths: [360, 390], fullPage: true, prepare: seed(checklistKey, checklistSeed({})) },
];
