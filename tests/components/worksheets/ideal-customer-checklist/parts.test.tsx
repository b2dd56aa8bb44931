import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import ComparisonGrid from '../../../../src/components/worksheets/ideal-customer-checklist/ComparisonGrid';
import RankedTable from '../../../../src/components/worksheets/ideal-customer-checklist/RankedTable';
import VerdictPanel from '../../../../src/components/worksheets/ideal-customer-checklist/VerdictPanel';
import { rankCustomers, scoreCustomer } from '../../../../src/lib/worksheets/ideal-customer-checklist/score';
import { allAt } from '../../../helpers/checklist-data';
import { articleLinks } from '../../../helpers/checklist-dom';
import { expectShown } from '../../shown';

afterEach(cleanup);

describe('VerdictPanel', () => {
  it.each([
    [allAt(4), 'Acme: Keep, and find more like them', 'Score 100 of 100.'],
    [allAt(0), 'Acme: Consider letting go', 'Score 0 of 100.'],
    [{ 'first-call': 2 }, 'Acme: Incomplete', '1 of 6 criteria rated, no score yet.'],
  ] as const)('shows the verdict, the score and linked next steps', (ratings, heading, score) => {
    render(<VerdictPanel name="Acme" result={scoreCustomer(ratings)} articles={articleLinks} headingRef={{ current: null }} />);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(heading);
    expectShown(screen.getByText(score));
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^\/articles\/[a-z-]+\/$/);
  });
});

describe('RankedTable', () => {
  it('marks the sorted column and names each row action after its customer', () => {
    const ranked = rankCustomers([
      { id: 'a', name: 'Acme', ratings: allAt(3), addedAt: 1 },
      { id: 'b', name: 'Birch', ratings: {}, addedAt: 2 },
    ]);
    render(<RankedTable ranked={ranked} onScore={() => undefined} onRemove={() => undefined} />);
    expect(screen.getByRole('columnheader', { name: /^Score/ }).getAttribute('aria-sort')).toBe('descending');
    expectShown(screen.getByRole('button', { name: 'Rescore Acme' }));
    expectShown(screen.getByRole('button', { name: 'Continue Birch' }));
    expectShown(screen.getByText('2 of 2 customers shown, sorted by score (descending)'));
  });
});

describe('ComparisonGrid', () => {
  it('shows every customer on every criterion in ranking order, unrated cells as a dash', () => {
    const ranked = rankCustomers([
      { id: 'a', name: 'Acme', ratings: allAt(1), addedAt: 1 },
      { id: 'b', name: 'Birch', ratings: { 'first-call': 4 }, addedAt: 2 },
      { id: 'c', name: 'Cedar', ratings: allAt(4), addedAt: 3 },
    ]);
    render(<ComparisonGrid ranked={ranked} />);
    const rows = [...document.querySelectorAll('.heatmap tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Cedar', '4', '4', '4', '4', '4', '4', '100'],
      ['Acme', '1', '1', '1', '1', '1', '1', '25'],
      ['Birch', '4', '–', '–', '–', '–', '–', '–'],
    ]);
    expect(document.querySelector('.heatmap tbody td')!.className).toContain('heat-4');
  });
});
