/** Shared controls in Chromium: every file import is the FileButton (labelled, reached by Tab, takes a dropped file), and the theme button keeps its width. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quizSeed } from '../../scripts/worksheet-seeds.mjs';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { accountsCsv, valuePath, waitForWorksheet } from '../helpers/customer-value-page';
import { checklistPath, waitForChecklist } from '../helpers/checklist-page';
import { loadShift } from '../helpers/quiz-measure';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const close = (page: Page) => page.context().close();
const quizKey = 'customer-atlas:customer-type-quiz:v1';

/** Each page with a file import, how to bring its import controls on screen, and how many file inputs it has then. */
const pages: { name: string; path: string; inputs: number; reveal: (page: Page) => Promise<void> }[] = [
  {
    name: 'quiz',
    path: 'worksheets/customer-type-quiz/',
    inputs: 1,
    // The import sits with the accounts, which show once there is one: a saved account is loaded first.
    reveal: async (page) => {
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [quizKey, JSON.stringify(quizSeed({}))]);
      await page.reload();
      await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
    },
  },
  {
    name: 'checklist',
    path: checklistPath,
    inputs: 1,
    reveal: async (page) => {
      await waitForChecklist(page);
      await page.getByRole('button', { name: 'Import a file…' }).click();
      await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
    },
  },
  {
    name: 'value worksheet',
    path: valuePath,
    inputs: 2,
    reveal: async (page) => {
      await waitForWorksheet(page);
      await page.getByRole('button', { name: 'Import a saved file…' }).click();
      await expect.poll(() => page.locator('input[type=file]').count()).toBe(2);
    },
  },
  { name: 'team roll-up', path: 'team/', inputs: 2, reveal: (page) => page.locator('.team [data-file-button]').first().waitFor() },
];

/** Presses Tab from the top of the page until focus lands on the element with `id` (or gives up); how many presses it took. */
async function tabsTo(page: Page, id: string, most = 150): Promise<number> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.locator('body').focus();
  for (let i = 1; i <= most; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return i;
  }
  return -1;
}

describe.each(pages)('the file imports of the $name page', ({ path, inputs, reveal }) => {
  it('are all FileButtons: inside its markup, labelled by its button, reached with Tab, with a visible focus ring', async () => {
    const page = await session.open(path);
    await page.setViewportSize({ width: 1366, height: 900 });
    await reveal(page);
    const found = await page.locator('input[type=file]').evaluateAll((els) =>
      (els as HTMLInputElement[]).map((input) => ({
        id: input.id,
        inButton: input.parentElement?.matches('span.file-button[data-file-button]') ?? false,
        inputClass: input.className,
        labels: [...(input.labels ?? [])].map((l) => ({ text: l.textContent!.trim(), inButton: l.closest('[data-file-button]') === input.parentElement, cls: l.className })),
        disabled: input.disabled,
        tabIndex: input.tabIndex,
      })),
    );
    expect(found.length).toBe(inputs);
    for (const input of found) {
      expect(input.id, 'an id for its label').not.toBe('');
      expect(input.inButton, `#${input.id} inside .file-button[data-file-button]`).toBe(true);
      expect(input.inputClass).toBe('file-button-input');
      expect(input.labels).toHaveLength(1);
      expect(input.labels[0]!.inButton).toBe(true);
      expect(input.labels[0]!.cls).toBe('button file-button-label');
      expect(input.labels[0]!.text.length).toBeGreaterThan(5);
      expect(input.disabled).toBe(false);
      expect(input.tabIndex).toBe(0);
      // Its accessible name is its button's words.
      await expect(page.getByLabel(input.labels[0]!.text, { exact: true }).getAttribute('id')).resolves.toBe(input.id);
      expect(await tabsTo(page, input.id), `#${input.id} reached with Tab`).toBeGreaterThan(0);
      const ring = await page.locator(`label[for="${input.id}"]`).evaluate((l) => getComputedStyle(l).outlineStyle);
      expect(ring).toBe('solid');
    }
    await close(page);
  });
});

describe('dropping a file', () => {
  it('on the value worksheet: a CSV dropped on the FileButton opens the mapping step, the zone marked while it is over', async () => {
    const page = await session.open(valuePath);
    await waitForWorksheet(page);
    const csv = readFileSync(accountsCsv, 'utf8');
    const zone = page.locator('.cv [data-file-button]:has(#cv-file)');
    await expect(zone.getAttribute('data-over')).resolves.toBeNull();
    const marked = await zone.evaluate((el, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'accounts.csv', { type: 'text/csv' }));
      const at = (type: string) => el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      at('dragenter');
      const accepted = !at('dragover');
      const over = el.hasAttribute('data-over');
      at('drop');
      return { accepted, over, after: el.hasAttribute('data-over') };
    }, csv);
    expect(marked).toEqual({ accepted: true, over: true, after: false });
    await page.locator('#cv-mapping-heading').waitFor();
    await page.getByRole('button', { name: 'Import the 11 good rows' }).click();
    await page.getByText('Imported 11 new customers from accounts.csv.').waitFor();
    await expect(page.locator('.cv-table tbody tr.cv-row').count()).resolves.toBe(11);
    await close(page);
  });

  it('on the team roll-up: a quiz export dropped on "Choose files…" is read once, and the roll-up shows its contacts', async () => {
    const page = await session.open('team/');
    const file = JSON.stringify({ ...quizSeed({}), rep: 'Dana' });
    const zone = page.locator('.team [data-file-button]:has(#team-files)');
    await zone.waitFor();
    await zone.evaluate((el, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'quiz-dana.json', { type: 'application/json' }));
      el.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      el.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, file);
    // One file from one rep: read by the button, not a second time by the drop zone around it.
    await page.getByText('The roll-up holds 1 file from 1 rep.').waitFor();
    await expect(page.locator('.team-drop').getAttribute('class')).resolves.toBe('team-drop');
    await expect(page.locator('main').innerText()).resolves.toContain('5 at 1 account: Bag of money 1, Ally 1, Bag of wind 1, Internal customer 1, Repeat customer 1');
    await close(page);
  });
});

describe('the theme button', () => {
  it('keeps its width through system, light and dark at 1366 px', async () => {
    const page = await session.open('');
    await page.setViewportSize({ width: 1366, height: 900 });
    const button = page.locator('.theme-toggle');
    const seen: { text: string; width: number }[] = [];
    for (let i = 0; i < 4; i++) {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The label on show (the three share one grid cell; the other two are hidden).
      seen.push(await button.evaluate((b) => ({ text: [...b.querySelectorAll('[data-theme-label]')].filter((s) => getComputedStyle(s).visibility === 'visible').map((s) => s.textContent).join('|'), width: b.getBoundingClientRect().width })));
      await button.click();
    }
    expect(seen.map((s) => s.text)).toEqual(['System', 'Light', 'Dark', 'System']);
    const widths = new Set(seen.map((s) => Math.round(s.width * 10) / 10));
    expect(widths.size, JSON.stringify(seen)).toBe(1);
    expect(seen[0]!.width).toBeGreaterThan(40);
    await close(page);
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('has no axe violations with the import controls open on the worksheets and the team page, %s', async (colorScheme) => {
    for (const { name, path, reveal } of pages) {
      const page = await session.open(path, { colorScheme });
      await reveal(page);
      expect(await axeViolations(page), name).toEqual([]);
      await close(page);
    }
  });

  it('the quiz with a saved account loads without layout shift', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page, cls } = await loadShift(context, `${session.site.root}worksheets/customer-type-quiz/`, quizKey, quizSeed({}));
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    expect(cls).toBeLessThan(0.02);
    await close(page);
  });
});
