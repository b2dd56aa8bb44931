/** The account map: grouping by type and the warnings a manager would raise. */
import { describe, expect, it } from 'vitest';
import { accountKey, accountsOf, contactsOfAccount, summarizeAccount, type AccountContact, type WarningKind } from '../../../../src/lib/worksheets/customer-type-quiz/account';
import type { Answers } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import { customerTypeIds, type CustomerTypeId } from '../../../../src/lib/worksheets/customer-type-quiz/types';
import { typicalAnswers } from '../../../helpers/quiz-answers';

let n = 0;
const contact = (type: CustomerTypeId, name: string = type, change: Partial<Answers> = {}): AccountContact => ({
  id: `c${++n}`,
  name,
  role: 'Role',
  account: 'Acme',
  answers: { ...typicalAnswers[type], ...change },
});
const kinds = (contacts: AccountContact[]): WarningKind[] => summarizeAccount(contacts).warnings.map((w) => w.kind);

describe('summarizeAccount', () => {
  it('groups contacts by primary type, six groups in atlas order', () => {
    const map = summarizeAccount(customerTypeIds.map((t) => contact(t)));
    expect(map.groups.map((g) => g.type)).toEqual([...customerTypeIds]);
    for (const g of map.groups) expect(g.contacts.map((c) => c.name)).toEqual([g.type]);
    expect(map.groups.find((g) => g.type === 'born-again-customer')!.contacts[0]!.also).toEqual(['bag-of-money']);
  });

  it('an empty account has empty groups and no warnings', () => {
    const map = summarizeAccount([]);
    expect(map.groups.every((g) => g.contacts.length === 0)).toBe(true);
    expect(map.warnings).toEqual([]);
  });

  const cases: [string, AccountContact[], WarningKind[]][] = [
    ['a complete account raises nothing', [contact('bag-of-money'), contact('ally')], []],
    ['no bag of money', [contact('ally')], ['no-bag-of-money']],
    ['a repeat customer who signs counts as the bag of money', [contact('repeat-customer', 'R', { budget: 'controls', finalSay: 'this-contact' })], []],
    ['an ally with a veto and no relationship', [contact('bag-of-money'), contact('ally', 'A', { relationship: 'none-yet' })], ['veto-without-relationship']],
    ['only bags of wind', [contact('bag-of-wind'), contact('bag-of-wind')], ['no-bag-of-money', 'only-bags-of-wind']],
    ['bags of wind and a colleague', [contact('bag-of-wind'), contact('internal-customer')], ['no-bag-of-money', 'only-bags-of-wind', 'internal-for-delivery']],
    ['internal customers needed for delivery', [contact('bag-of-money'), contact('internal-customer')], ['internal-for-delivery']],
  ];
  it.each(cases)('%s', (_name, contacts, expected) => {
    expect(kinds(contacts)).toEqual(expected);
  });

  it('pins the warning messages and names the contacts', () => {
    const ana = contact('ally', 'Ana', { relationship: 'strained', history: 'none' });
    const sam = contact('internal-customer', 'Sam');
    const map = summarizeAccount([ana, sam]);
    expect(map.warnings.map((w) => w.message)).toEqual([
      'No bag of money identified yet. Ask your contacts who else takes part in the decision and who signs the order.',
      'Can veto, but you have no good relationship yet: Ana. Earn their trust before they say no.',
      'Delivery depends on your colleagues: Sam. Brief them on what you promised and by when.',
    ]);
    expect(map.warnings[1]!.contacts).toEqual([ana.id]);
  });
});

describe('accounts', () => {
  it.each([
    ['Acme', 'acme'],
    ['  Acme   Corp ', 'acme corp'],
  ])('%j has the key %j', (name, key) => {
    expect(accountKey(name)).toBe(key);
  });

  it('lists distinct accounts by name and filters contacts by account', () => {
    const list = [{ account: 'Zeta' }, { account: 'acme ' }, { account: 'Acme' }];
    expect(accountsOf(list)).toEqual(['acme', 'Zeta']);
    expect(contactsOfAccount(list, 'ACME')).toHaveLength(2);
  });
});
