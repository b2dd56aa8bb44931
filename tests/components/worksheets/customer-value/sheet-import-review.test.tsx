/** The mapping step's notices (fractions, reversible), a mixed-currency file refused, remembered mappings, and the merge review in jsdom. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SheetImport from '../../../../src/components/worksheets/customer-value/SheetImport';
import type { Customer } from '../../../../src/lib/worksheets/customer-value/schemas';
import { customerWith } from '../../../helpers/customer-value-data';
import { expectShown } from '../../shown';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const existing: [string, Customer][] = [
  ['soy', customerWith({ name: 'Soylent Foods 1', revenue: 1000, margin: 30 })],
  ['ini', customerWith({ name: 'Initech', revenue: 500, margin: 20 })],
];
const preview = () => [...document.querySelectorAll('.cv-preview li')].map((li) => li.textContent);

describe('SheetImport notices', () => {
  it('reads a fraction margin as percent, says so in one line, and reverses it on request', () => {
    render(<SheetImport text={'name,annualrevenue,hs_gross_margin\nA,100,0.22\n'} source="hs.csv" existing={[]} currency="" onApply={vi.fn()} onCancel={vi.fn()} />);
    screen.getByText('The gross margin column holds fractions, so 0.22 is read as 22 %.');
    expect(preview()).toEqual(['A (row 2): revenue 100, gross margin 22']);
    fireEvent.click(screen.getByRole('button', { name: 'Read as written (gross margin)' }));
    expect(preview()).toEqual(['A (row 2): revenue 100, gross margin 0.22']);
    screen.getByText('Every gross margin is under 1 %. If the file writes 22 % as 0.22, read the margin column as fractions.');
    fireEvent.click(screen.getByRole('button', { name: 'Read as fractions (gross margin)' }));
    expect(preview()).toEqual(['A (row 2): revenue 100, gross margin 22']);
  });

  it('refuses a file that mixes currencies, naming them and their first rows', () => {
    const onApply = vi.fn();
    render(<SheetImport text={'Name,Revenue\nA,"$1,000"\nB,"€ 2.000"\n'} source="mixed.csv" existing={[]} currency="" onApply={onApply} onCancel={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toBe('This file mixes currencies: USD ($) (first in row 2) and EUR (€) (first in row 3). Nothing was imported. Export one currency at a time from your CRM, or convert the amounts, then import it again.');
    const button = screen.getByRole('button', { name: 'Nothing to import: see the currency note' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  it('offers rows with one bad cell, brought in marked', () => {
    const onApply = vi.fn();
    render(<SheetImport text={'Name,Revenue,Margin\nA,100,20\nB,n/a,30\n'} source="x.csv" existing={[]} currency="EUR" onApply={onApply} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByLabelText(/Also bring in the 1 row with one bad cell/));
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 rows (1 to fix)' }));
    expect(onApply.mock.calls[0]![0][1].row).toEqual({ row: 3, name: 'B', values: { margin: 30 }, flags: { revenue: 'n/a' } });
    expect(onApply.mock.calls[0]![2]).toEqual({ currency: 'EUR' });
  });

  it('remembers the rep’s own mapping for the next file with the same headers', () => {
    const text = 'Kto,Betrag\nAcme,5\n';
    render(<SheetImport text={text} source="a.csv" existing={[]} currency="" onApply={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Customer name'), { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('Annual revenue'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 row' }));
    cleanup();
    render(<SheetImport text={text} source="b.csv" existing={[]} currency="" onApply={vi.fn()} onCancel={vi.fn()} />);
    screen.getByText(/set as you chose them for the last file with these headers/);
    expectShown(screen.getByRole('button', { name: 'Import 1 row' }));
  });
});

describe('merge review', () => {
  const text = 'Name,Revenue,Margin\n"Soylent Foods 1, Inc.",1200,30\nInitec,500,20\nGlobex,7,10\n';
  it('shows new, changed (old → new) and asks about the near match before applying', () => {
    const onApply = vi.fn();
    render(<SheetImport text={text} source="b.csv" existing={existing} currency="" onApply={onApply} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    screen.getByRole('heading', { name: 'Review what b.csv would change' });
    screen.getByText('1 new, 1 changed, 0 unchanged, 1 to decide. Nothing is saved until you apply.');
    screen.getByText('revenue: 1,000 → 1,200');
    const apply = screen.getByRole('button', { name: 'Answer the question above first' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Same customer: update Initech'));
    fireEvent.click(screen.getByRole('button', { name: 'Apply: add 1, update 2' }));
    expect(onApply.mock.calls[0]![1]).toEqual(['update', 'update', 'new']);
    expect(onApply.mock.calls[0]![0].map((i: { kind: string }) => i.kind)).toEqual(['changed', 'uncertain', 'new']);
  });

  it('keeps mine or adds as new when the rep says so', () => {
    const onApply = vi.fn();
    render(<SheetImport text={text} source="b.csv" existing={existing} currency="" onApply={onApply} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    fireEvent.click(screen.getByLabelText('Keep mine'));
    fireEvent.click(screen.getAllByLabelText('Add as a new customer')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Apply: add 2, update 0' }));
    expect(onApply.mock.calls[0]![1]).toEqual(['keep', 'new', 'new']);
  });
});
