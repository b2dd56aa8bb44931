/** The account map and the contact list: groups, warnings, accessible button names. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AccountMapView from '../../../src/components/quiz/AccountMapView';
import ContactList from '../../../src/components/quiz/ContactList';
import { summarizeAccount, type AccountContact } from '../../../src/lib/customer-types/account';
import { customerTypeIds, customerTypes } from '../../../src/lib/customer-types/types';
import { typicalAnswers } from '../../helpers/quiz-answers';

afterEach(cleanup);
const contacts: AccountContact[] = [
  { id: 'a', name: 'Sam', role: 'Receptionist', account: 'Acme', answers: typicalAnswers['bag-of-wind'] },
  { id: 'b', name: 'Kim', role: '', account: 'Acme', answers: typicalAnswers['internal-customer'] },
];

describe('AccountMapView', () => {
  it('shows the six types with their contacts and the warnings', () => {
    render(<AccountMapView account="Acme" map={summarizeAccount(contacts)} />);
    expect(screen.getByRole('heading', { name: 'Account map: Acme' })).toBeTruthy();
    for (const t of customerTypeIds) expect(screen.getByRole('region', { name: new RegExp(`^${customerTypes[t].name} \\(`) })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Bag of wind (1)' }).textContent).toContain('Sam, Receptionist');
    const warnings = [...document.querySelectorAll('[data-warning]')].map((w) => w.getAttribute('data-warning'));
    expect(warnings).toEqual(['no-bag-of-money', 'only-bags-of-wind', 'internal-for-delivery']);
  });

  it('says so when there is nothing to warn about', () => {
    render(<AccountMapView account="Acme" map={summarizeAccount([{ id: 'm', name: 'M', role: '', account: 'Acme', answers: typicalAnswers['bag-of-money'] }])} />);
    expect(screen.getByText(/^No warnings/)).toBeTruthy();
  });
});

describe('ContactList', () => {
  it('names each button after its contact', () => {
    const onDelete = vi.fn();
    render(<ContactList contacts={contacts} onShow={vi.fn()} onEdit={vi.fn()} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Kim' }));
    expect(onDelete).toHaveBeenCalledWith('b');
    expect(screen.getByRole('button', { name: 'Edit Sam' })).toBeTruthy();
    expect(screen.getByText('· Internal customer', { exact: false })).toBeTruthy();
  });
});
