/** The account map and the contact list: groups, warnings, accessible button names. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AccountMapView from '../../../../src/components/worksheets/customer-type-quiz/AccountMapView';
import ContactList from '../../../../src/components/worksheets/customer-type-quiz/ContactList';
import { summarizeAccount, type AccountContact } from '../../../../src/lib/worksheets/customer-type-quiz/account';
import { typicalAnswers } from '../../../helpers/quiz-answers';
import { expectShown } from '../../shown';

afterEach(cleanup);
const contacts: AccountContact[] = [
  { id: 'a', name: 'Sam', role: 'Receptionist', account: 'Acme', answers: typicalAnswers['bag-of-wind'] },
  { id: 'b', name: 'Kim', role: '', account: 'Acme', answers: typicalAnswers['internal-customer'] },
];

describe('AccountMapView', () => {
  it('draws only the tiers that hold someone, colleagues apart, and the warnings', () => {
    render(<AccountMapView account="Acme" contacts={contacts} map={summarizeAccount(contacts)} />);
    expectShown(screen.getByRole('heading', { name: 'Account map: Acme' }));
    expect([...document.querySelectorAll('.account-tier')].map((r) => r.getAttribute('aria-labelledby'))).toEqual(['tier-no-say', 'tier-colleagues']);
    expect(screen.getByRole('region', { name: 'No say in the outcome (1)' }).textContent).toContain('SamReceptionistBag of wind');
    expect(screen.getByRole('region', { name: 'Your colleagues (1)' }).textContent).toContain('Kim');
    const warnings = [...document.querySelectorAll('[data-warning]')].map((w) => w.getAttribute('data-warning'));
    expect(warnings).toEqual(['no-bag-of-money', 'only-bags-of-wind', 'internal-for-delivery']);
  });

  it('says so when there is nothing to warn about', () => {
    const money = [{ id: 'm', name: 'M', role: '', account: 'Acme', answers: typicalAnswers['bag-of-money'] }];
    render(<AccountMapView account="Acme" contacts={money} map={summarizeAccount(money)} />);
    expectShown(screen.getByText(/^No warnings/));
    expect(screen.getByRole('region', { name: 'Hold the budget (1)' }).textContent).toContain('can veto');
  });
});

describe('ContactList', () => {
  it('names each button after its contact', () => {
    const onDelete = vi.fn();
    render(<ContactList contacts={contacts} onShow={vi.fn()} onEdit={vi.fn()} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Kim' }));
    expect(onDelete).toHaveBeenCalledWith('b');
    expectShown(screen.getByRole('button', { name: 'Edit Sam' }));
    expectShown(screen.getByText('Internal customer'));
  });
});
