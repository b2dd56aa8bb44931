// @ts-check
/**
 * The customer value worksheet at scale, in Chromium: a CRM export of 5,000 customers chosen,
 * read, mapped, scored and shown (the time from choosing the file to the mapping step, plus the
 * time from "Import" to the ranked table and summary), and, with 1,000 customers saved, the time
 * from typing in an assumption to every figure on screen being updated.
 */

/** A deterministic CSV of `n` customers as a CRM exports it (currency signs, thousands separators, some losses). @param {number} n */
export function accountsCsv(n) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows = ['Account Name,Annual Revenue,Gross Margin %,Cost to Serve,Orders,Last Order Date,Referrals,Value per referral,Influence,Knowledge'];
  for (let i = 0; i < n; i++) {
    const revenue = Math.round(2000 + rand() ** 3 * 900_000);
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 690) * 86_400_000).toISOString().slice(0, 10);
    rows.push(`"Account ${i + 1}, Inc","$${revenue.toLocaleString('en')}",${15 + Math.floor(rand() * 30)}%,"$${Math.round(rand() * 40_000).toLocaleString('en')}",${Math.floor(rand() * 40)},${day},${Math.floor(rand() * 3)},"$${Math.round(rand() * 20_000).toLocaleString('en')}",${Math.floor(rand() * 5)},${Math.floor(rand() * 5)}`);
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/**
 * Imports `n` customers on a fresh page; returns the page and the milliseconds the rep waits.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {number} n
 */
async function importCustomers(browser, url, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.cv[data-status="ready"]').waitFor();
  await page.mouse.move(3, 3); // the values load on the first interaction
  await page.locator('.cv[data-scored="yes"]').waitFor();
  const file = { name: `accounts-${n}.csv`, mimeType: 'text/csv', buffer: Buffer.from(accountsCsv(n)) };
  const t0 = performance.now();
  await page.getByLabel('Import a CSV file').setInputFiles(file);
  await page.locator('#cv-mapping-heading').waitFor();
  const read = performance.now() - t0;
  const t1 = performance.now();
  await page.getByRole('button', { name: `Import ${n} rows` }).click();
  await page.locator('.cv-table caption', { hasText: `${n} customers` }).waitFor();
  await page.locator('.cv-row').first().waitFor();
  return { page, context, ms: read + (performance.now() - t1) };
}

/**
 * Milliseconds from typing a digit in the discount rate to the first row's CLV on screen changing.
 * @param {import('playwright-core').Page} page @param {number} value
 */
async function timeAssumption(page, value) {
  return page.evaluate(async (v) => {
    const input = /** @type {HTMLInputElement} */ (document.getElementById('cv-discount'));
    const cell = () => document.querySelector('.cv-row .cv-col-clv')?.textContent;
    const before = cell();
    const t0 = performance.now();
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (cell() === before) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    return performance.now() - t0;
  }, value);
}

/**
 * Both measurements, `runs` times each.
 * @param {import('playwright-core').Browser} browser @param {string} root @param {number} runs
 */
export async function measureCustomerValue(browser, root, runs = 3) {
  const url = `${root}worksheets/customer-value/`;
  const import5000 = [];
  for (let run = 0; run < runs; run++) {
    const { context, ms } = await importCustomers(browser, url, 5000);
    import5000.push(ms);
    await context.close();
  }
  const { page, context } = await importCustomers(browser, url, 1000);
  const update1000 = [];
  for (let run = 0; run < Math.max(5, runs); run++) update1000.push(await timeAssumption(page, run % 2 ? 12 : 5 + run));
  await context.close();
  return { import5000, update1000 };
}
