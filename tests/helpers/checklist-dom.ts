/** Helpers for the checklist's component tests: render the island and drive it like a rep. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import { h } from 'preact';
import IdealCustomerChecklist from '../../src/components/worksheets/ideal-customer-checklist/IdealCustomerChecklist';
import { criteria, type CriterionId, type RatingLevel } from '../../src/lib/worksheets/ideal-customer-checklist/criteria';
import { criterionGuides } from '../../src/lib/worksheets/ideal-customer-checklist/criterion-guides';

/** Article links as the page passes them. */
export const articleLinks = {
  'pursuing-high-quality-customers': { title: '5.03.02.02 Pursuing High-Quality Customers', href: '/articles/pursuing-high-quality-customers/' },
  'characterizing-customers': { title: '5.03.02.01 Characterizing Customers', href: '/articles/characterizing-customers/' },
  'firing-a-customer': { title: '5.03.02.07 Firing a Customer', href: '/articles/firing-a-customer/' },
  'unqualify-fast': { title: '5.03.02.04 Unqualify Fast', href: '/articles/unqualify-fast/' },
};

/** Renders the island and waits until it has read the saved data and loaded its idle parts. */
export async function renderChecklist() {
  const view = render(h(IdealCustomerChecklist, { articles: articleLinks }));
  await screen.findByLabelText('Customer name');
  // The rating grid and the criteria's wording load once the page is idle: wait for them.
  await waitFor(() => expect(document.querySelector('.checklist[data-parts]')).not.toBeNull(), { timeout: 10_000 });
  return view;
}

/** Adds a customer by name and waits for its rating form. */
export async function addCustomer(name: string) {
  fireEvent.input(screen.getByLabelText('Customer name'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Add and score' }));
  await screen.findByRole('heading', { name: `Scoring ${name}` });
}

/** Picks one step of one criterion in the open rating form. */
export function rate(criterion: CriterionId, level: RatingLevel) {
  const name = criteria.find((c) => c.id === criterion)!.name;
  const group = screen.getByRole('group', { name: new RegExp(`^${name}`) });
  const radio = [...group.querySelectorAll('input[type=radio]')][level] as HTMLInputElement;
  fireEvent.click(radio);
}

/** Rates every criterion of the open form at one step. */
export function rateAll(level: RatingLevel) {
  for (const c of criteria) rate(c.id, level);
}

/** The accessible name of a step's radio: its number and short label as shown, then the step in full. */
export const stepLabel = (criterion: CriterionId, level: RatingLevel) =>
  `${level} ${criterionGuides[criterion].short[level]}: ${criterionGuides[criterion].scale[level]}`;

/** The rows of the ranked table as [rank, name, score, verdict]. */
export function tableRows(): string[][] {
  const rows = [...document.querySelectorAll('table.ranking tbody tr')];
  return rows.map((row) => [...row.children].slice(0, 4).map((cell) => cell.textContent ?? ''));
}

export { waitFor };
