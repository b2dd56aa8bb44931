import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import BarChartSvg from '../../../src/components/checklist/BarChartSvg';
import RankedTable from '../../../src/components/checklist/RankedTable';
import VerdictPanel from '../../../src/components/checklist/VerdictPanel';
import { criteriaChart } from '../../../src/lib/ideal-customer/chart';
import { rankCustomers, scoreCustomer } from '../../../src/lib/ideal-customer/score';
import { allAt, ratingsWith } from '../../helpers/checklist-data';
import { articleLinks } from '../../helpers/checklist-dom';

afterEach(cleanup);

describe('BarChartSvg', () => {
  it('is an image named by its caption and described by its summary, with every label drawn as text', () => {
    const chart = criteriaChart('Acme', ratingsWith(2, { 'cost-to-serve': 0 }));
    render(<BarChartSvg id="c" title="Criteria of Acme" chart={chart} />);
    const img = screen.getByRole('img', { name: 'Criteria of Acme' });
    expect(img.getAttribute('viewBox')).toBe(`0 0 ${chart.width} ${chart.height}`);
    expect(document.getElementById('c-desc')!.textContent).toBe(chart.summary);
    expect([...img.querySelectorAll('.bar-label')].map((t) => t.textContent)).toEqual(chart.bars.map((b) => b.label));
    expect(img.querySelectorAll('.bar-fill')[5]!.getAttribute('width')).toBe('0');
  });
});

describe('VerdictPanel', () => {
  it.each([
    [allAt(4), 'Acme: Keep, and find more like them', 'Score 100 of 100.'],
    [allAt(0), 'Acme: Consider letting go', 'Score 0 of 100.'],
    [{ 'first-call': 2 }, 'Acme: Incomplete', '1 of 6 criteria rated, no score yet.'],
  ] as const)('shows the verdict, the score and linked next steps', (ratings, heading, score) => {
    render(<VerdictPanel name="Acme" result={scoreCustomer(ratings)} articles={articleLinks} headingRef={{ current: null }} />);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(heading);
    expect(screen.getByText(score)).toBeTruthy();
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
    expect(screen.getByRole('button', { name: 'Rescore Acme' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue Birch' })).toBeTruthy();
    expect(screen.getByText('2 of 2 customers shown, sorted by score (descending)')).toBeTruthy();
  });
});
