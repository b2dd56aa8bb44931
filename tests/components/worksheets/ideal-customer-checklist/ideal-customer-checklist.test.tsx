import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storageKey } from '../../../../src/lib/worksheets/state';
import { checklistWorksheet } from '../../../../src/lib/worksheets/ideal-customer-checklist/schemas';
import { addCustomer, rate, rateAll, renderChecklist, stepLabel, tableRows, waitFor } from '../../../helpers/checklist-dom';
import { expectShown } from '../../shown';

const key = storageKey(checklistWorksheet);
const saved = () => JSON.parse(localStorage.getItem(key) ?? 'null') as { data: { customers: Record<string, { value: { name: string; ratings: object } }> } };

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('IdealCustomerChecklist', { timeout: 20_000 }, () => {
  it('scores a customer: progress, labelled scale, verdict with reasons and article links', async () => {
    await renderChecklist();
    await addCustomer('Acme');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Scoring Acme' })));
    expectShown(screen.getByText('0 of 6 criteria rated'));
    expectShown(screen.getByLabelText(stepLabel('fair-price', 4)));
    rate('first-call', 4);
    rate('fair-price', 4);
    rate('raises-the-bar', 3);
    rate('plays-to-strengths', 4);
    expectShown(screen.getByText('4 of 6 criteria rated'));
    expectShown(screen.getByRole('heading', { name: 'Acme: Incomplete' }));
    expectShown(screen.getByText('Not yet rated: Opens new doors, Worth the cost to serve.'));
    rate('opens-doors', 4);
    rate('cost-to-serve', 4);
    fireEvent.submit(screen.getByRole('button', { name: 'See the verdict' }));
    const verdict = screen.getByRole('heading', { name: 'Acme: Keep, and find more like them' });
    expect(document.activeElement).toBe(verdict);
    expectShown(screen.getByText('Score 96 of 100.'));
    const link = screen.getAllByRole('link', { name: '5.03.02.02 Pursuing High-Quality Customers' })[0]!;
    expect(link.getAttribute('href')).toBe('/articles/pursuing-high-quality-customers/');
  });

  it('saves partial ratings at once, so a reload loses nothing', async () => {
    const first = await renderChecklist();
    await addCustomer('Half Done Ltd');
    rate('fair-price', 2);
    rate('cost-to-serve', 1);
    const stored = Object.values(saved().data.customers);
    expect(stored.map((r) => r.value)).toEqual([expect.objectContaining({ name: 'Half Done Ltd', ratings: { 'fair-price': 2, 'cost-to-serve': 1 } })]);
    first.unmount();
    await renderChecklist();
    expect(tableRows()).toEqual([['–', 'Half Done Ltd', '–', 'Incomplete']]);
    fireEvent.click(screen.getByRole('button', { name: 'Continue Half Done Ltd' }));
    await screen.findByRole('heading', { name: 'Scoring Half Done Ltd' });
    expectShown(screen.getByText('2 of 6 criteria rated'));
    expect((screen.getByLabelText(stepLabel('cost-to-serve', 1)) as HTMLInputElement).checked).toBe(true);
  });

  it('ranks customers with verdicts, sorts by column and filters by verdict', async () => {
    await renderChecklist();
    for (const [name, level] of [['Cobalt', 0], ['Birch', 4], ['alpha', 2]] as const) {
      await addCustomer(name);
      rateAll(level);
    }
    expect(tableRows()).toEqual([
      ['1', 'Birch', '100', 'Keep, and find more like them'],
      ['2', 'alpha', '50', 'Develop'],
      ['3', 'Cobalt', '0', 'Consider letting go'],
    ]);
    const table = within(document.querySelector<HTMLElement>('table.ranking')!);
    fireEvent.click(table.getByRole('button', { name: /^Customer/ }));
    expect(tableRows().map((r) => r[1])).toEqual(['alpha', 'Birch', 'Cobalt']);
    expect(table.getByRole('columnheader', { name: /^Customer/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'let-go' } });
    expect(tableRows().map((r) => r[1])).toEqual(['Cobalt']);
    expectShown(screen.getByText(/1 of 3 customers shown/));
  });

  it('removes a customer with an undo', async () => {
    await renderChecklist();
    await addCustomer('Gone Co');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Gone Co' }));
    expect(tableRows()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo removing Gone Co' }));
    expect(tableRows().map((r) => r[1])).toEqual(['Gone Co']);
  });

  it('keeps a name typed as HTML as text', async () => {
    const { container } = await renderChecklist();
    const name = '<img src=x onerror=alert(1)>';
    await addCustomer(name);
    expect(container.querySelector('img')).toBeNull();
    expect(within(document.querySelector<HTMLElement>('table.ranking')!).getByRole('rowheader', { name }).textContent).toBe(name);
  });

  it('refuses an empty name with a message', async () => {
    await renderChecklist();
    fireEvent.click(screen.getByRole('button', { name: 'Add and score' }));
    expect(screen.getByRole('alert').textContent).toBe('Type the customer’s name first.');
    expect(screen.getByLabelText('Customer name').getAttribute('aria-invalid')).toBe('true');
  });

  it('fills the portrait from the top customer and keeps exactly seven sources', async () => {
    await renderChecklist();
    await addCustomer('Best Co');
    rateAll(4);
    fireEvent.click(await screen.findByRole('button', { name: 'Pick the top customer (Best Co)' }));
    expect((screen.getByLabelText('Best customer') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Best Co');
    fireEvent.input(screen.getByLabelText('Industry'), { target: { value: 'Architecture' } });
    fireEvent.input(screen.getByLabelText('What they do'), { target: { value: 'Plans offices a year ahead' } });
    const sources = within(screen.getByRole('group', { name: 'Where to find more customers like your best' })).getAllByRole('textbox');
    expect(sources).toHaveLength(7);
    fireEvent.input(sources[6]!, { target: { value: 'Trade fairs' } });
    const data = JSON.parse(localStorage.getItem(key)!).data;
    expect(data.portrait.best.value).toMatchObject({ industry: 'Architecture', activities: 'Plans offices a year ahead' });
    expect(data.sources['7'].value).toEqual({ text: 'Trade fairs' });
  });

  it('compares every customer on every criterion without a click, and explains an empty list', async () => {
    await renderChecklist();
    expectShown(screen.getByText(/^No customers yet/));
    expect(document.querySelector('table.ranking')).toBeNull();
    await addCustomer('Acme');
    rateAll(3);
    expect(screen.queryByText(/^No customers yet/)).toBeNull();
    const heatmap = await waitFor(() => document.querySelector('table.heatmap')!);
    expect([...heatmap.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([['Acme', '3', '3', '3', '3', '3', '3', '75']]);
  });

  it('imports a JSON export, and reports a file with problems naming the field', async () => {
    await renderChecklist();
    fireEvent.click(await screen.findByRole('button', { name: 'Import a file…' }));
    const input = (await screen.findByLabelText('Import a saved file of the ideal-customer checklist (.json)')) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(input));
    const file = (name: string, data: unknown) =>
      new File([JSON.stringify({ app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1, data })], name, { type: 'application/json' });
    const good = { customers: { c1: { updatedAt: 1, value: { name: 'Imported Co', ratings: { 'fair-price': 3 }, addedAt: 1 } } }, portrait: {}, sources: {} };
    fireEvent.change(input, { target: { files: [file('good.json', good)] } });
    await screen.findByText('Imported 1 customer.');
    expect(tableRows().map((r) => r[1])).toEqual(['Imported Co']);
    const bad = { ...good, sources: { '9': { updatedAt: 1, value: { text: 'x' } } } };
    fireEvent.change(input, { target: { files: [file('bad.json', bad)] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Nothing was imported from bad.json. The file holds 1 customer.'));
    expect(screen.getByRole('alert').textContent).toContain('Part of the file (sources) is damaged: it has an entry this page does not know: "9".');
    expect(screen.getByRole('alert').querySelector('details')!.textContent).toContain('data → sources: has an entry this page does not know: "9"');
  });
});
