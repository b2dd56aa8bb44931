/** Parts of the customer value island in jsdom: the mapping step, the number field, the windowed table and the chart's text alternative. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import NumberField, { typedNumber } from '../../../../src/components/worksheets/customer-value/NumberField';
import SheetImport from '../../../../src/components/worksheets/customer-value/SheetImport';
import ValueTable from '../../../../src/components/worksheets/customer-value/ValueTable';
import WhaleChart from '../../../../src/components/worksheets/customer-value/WhaleChart';
import { defaultAssumptions } from '../../../../src/lib/worksheets/customer-value/schemas';
import { scoreList } from '../../../../src/lib/worksheets/customer-value/score';
import { customerWith } from '../../../helpers/customer-value-data';
import { expectShown } from '../../shown';

afterEach(cleanup);
// jsdom has no matchMedia; the table listens for print with it.
window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;

describe('SheetImport', () => {
  const sheet = 'Account Name;Annual Revenue;Gross Margin %\nAcme;1.200,50 €;30\nBad;n/a;30\n\nBirch;900;abc\nCedar;50;10\n';

  it('guesses the columns, names every bad cell, and imports only the good rows when asked', () => {
    const onImport = vi.fn();
    render(<SheetImport text={sheet} source="crm.csv" existing={[]} currency="" onApply={onImport} onCancel={() => undefined} />);
    expect((screen.getByLabelText('Annual revenue') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Annual Revenue');
    expect([...document.querySelectorAll('.cv-messages li')].map((li) => li.textContent)).toEqual(["row 3: revenue 'n/a' is not a number", "row 5: gross margin 'abc' is not a number"]);
    expect([...document.querySelectorAll('.cv-preview li')].map((li) => li.textContent)).toEqual(['Acme (row 2): revenue 1200.5, gross margin 30', 'Cedar (row 6): revenue 50, gross margin 10']);
    fireEvent.click(screen.getByRole('button', { name: 'Import the 2 good rows' }));
    expect(onImport).toHaveBeenCalledWith([
      { row: { row: 2, name: 'Acme', values: { revenue: 1200.5, margin: 30 } }, kind: 'new', changes: [] },
      { row: { row: 6, name: 'Cedar', values: { revenue: 50, margin: 10 } }, kind: 'new', changes: [] },
    ], [], { currency: 'EUR' });
  });

  it('imports nothing until the name column is chosen, and nothing at all on "Import none"', () => {
    const onImport = vi.fn();
    const onCancel = vi.fn();
    render(<SheetImport text={'Who,Revenue\nAcme,5\n'} source="x.csv" existing={[]} currency="" onApply={onImport} onCancel={onCancel} />);
    expect((screen.getByRole('button', { name: 'Choose the name column' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Customer name'), { target: { value: '0' } });
    expectShown(screen.getByText('1 row is ready to import.'));
    fireEvent.click(screen.getByRole('button', { name: 'Import none' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onImport).not.toHaveBeenCalled();
  });
});

describe('NumberField', () => {
  it.each([
    ['1,200', 1200],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['$ 300', 300],
    ['-4', -4],
    ['1,2,3', NaN],
    ['abc', NaN],
  ])('reads %j as %d', (text, expected) => expect(typedNumber(text)).toBe(expected));

  it('saves valid numbers only and says what is wrong otherwise', () => {
    const onChange = vi.fn();
    render(<NumberField id="f" label="Discount rate" unit="%" value={10} min={0} max={100} onChange={onChange} />);
    const input = screen.getByLabelText('Discount rate');
    fireEvent.input(input, { target: { value: '12' } });
    fireEvent.input(input, { target: { value: '120' } });
    expect(onChange.mock.calls).toEqual([[12]]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expectShown(screen.getByText('Use a number from 0 to 100.'));
  });
});

describe('ValueTable and WhaleChart', () => {
  const entries = Array.from({ length: 500 }, (_, i) => [`id${i}`, customerWith({ name: `Customer ${i}`, revenue: 1000 + i * 10, margin: 30, costToServe: i % 7 === 0 ? 2000 : 100, addedAt: i })] as const);
  const scored = scoreList(entries, defaultAssumptions(), new Date('2026-11-23'));

  it('draws only a window of a long list and tells screen readers how many rows there are', () => {
    render(<ValueTable customers={scored.customers} loading={false} onEdit={() => undefined} onRemove={() => undefined} />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('501');
    const rows = table.querySelectorAll('tr.cv-row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByRole('columnheader', { name: /Engagement value/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('gives the chart a name, a summary and a table of tenths for a long list', () => {
    render(<WhaleChart scored={scored} />);
    const img = screen.getByRole('img', { name: 'Cumulative profit (whale curve) and revenue, most valuable customers first' });
    expect(img.getAttribute('aria-describedby')).toBe('cv-chart-summary');
    expect(document.getElementById('cv-chart-summary')!.textContent).toMatch(/^The top 20% of customers bring \d+% of revenue/);
    const shares = [...document.querySelectorAll('.cv-chart-table td[data-share]')].map((td) => Number(td.getAttribute('data-share')));
    expect(shares).toHaveLength(10);
    expect(shares.at(-1)).toBe(100);
  });
});
