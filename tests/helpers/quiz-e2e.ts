/** Browser-test steps for the customer type quiz: classify a contact with the mouse or with the keyboard only. */
import type { Page } from 'playwright-core';
import { answerOptions, type QuestionId } from '../../src/lib/worksheets/customer-type-quiz/answer-options';
import type { Answers } from '../../src/lib/worksheets/customer-type-quiz/schemas';

/** Path of the quiz page under the site base. */
export const quizPath = 'worksheets/customer-type-quiz/';
/** The localStorage key of the quiz. */
export const quizKey = 'customer-atlas:customer-type-quiz:v1';

/** Who a test contact is. */
export interface Person {
  name: string;
  role: string;
  account: string;
}

const questionIds = Object.keys(answerOptions) as QuestionId[];

/** Waits until the island has read the saved data and shows the quiz. */
export async function waitForQuiz(page: Page): Promise<void> {
  // The server-rendered form is there at once; wait for the island to have read the saved data.
  await page.locator('.quiz[data-ready] .quiz-stepper, .quiz[data-ready] .quiz-result').first().waitFor();
}

/** Fills the details and answers every question with clicks; ends on the result. */
export async function classifyContact(page: Page, who: Person, answers: Answers): Promise<void> {
  await waitForQuiz(page);
  await page.fill('#quiz-name', who.name);
  await page.fill('#quiz-role', who.role);
  await page.fill('#quiz-account', who.account);
  await page.click('.quiz-stepper button[type=submit]');
  // Choosing an answer moves on to the next question (the last one to the result).
  for (const id of questionIds) await page.click(`#q-${id}-${answers[id]}`);
  await page.locator('#quiz-result-heading').waitFor();
}

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The same as `classifyContact`, with the keyboard only: Tab, typing, arrow keys, Space and Enter (Space on a first option moves on; arrows only move the choice, Enter on Next goes on). */
export async function classifyByKeyboard(page: Page, who: Person, answers: Answers): Promise<void> {
  await waitForQuiz(page);
  await tabTo(page, '#quiz-name');
  await page.keyboard.type(who.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.role);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.account);
  await page.keyboard.press('Enter');
  for (const id of questionIds) {
    // Moving to a question puts focus on its first option; arrows choose, Space picks the focused one.
    await page.locator(`#q-${id}-${answerOptions[id][0]}:focus`).waitFor();
    const index = (answerOptions[id] as readonly string[]).indexOf(answers[id]);
    if (index === 0) {
      await page.keyboard.press('Space');
      continue;
    }
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, '.quiz-stepper button[type=submit]', 4);
    await page.keyboard.press('Enter');
  }
  await page.locator('#quiz-result-heading:focus').waitFor();
}
