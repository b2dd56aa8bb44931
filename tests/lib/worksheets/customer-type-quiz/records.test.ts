/** Reading and changing the quiz's contacts and drafts: removal with restore, reopening, finishing, imports and the account shown. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactList,
  contactName,
  currentDraft,
  discardDraft,
  finishContact,
  importContacts,
  removeContact,
  reopenContact,
  restoreContact,
  saveDraft,
  shownAccount,
  typedDraft,
} from '../../../../src/lib/worksheets/customer-type-quiz/records';
import { blankDraft } from '../../../../src/lib/worksheets/customer-type-quiz/quiz-flow';
import { quizWorksheet, type Contact, type Draft, type QuizData } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import { putRecord } from '../../../../src/lib/worksheets/state';
import { typicalAnswers } from '../../../helpers/quiz-answers';

const dana: Contact = { name: 'Dana', role: 'CFO', account: 'Acme', answers: typicalAnswers.ally };
const kim: Contact = { name: 'Kim', role: '', account: 'Globex', answers: typicalAnswers.ally };
const withContacts = (...contacts: [string, Contact][]): QuizData =>
  contacts.reduce((d, [id, c], i) => ({ ...d, contacts: putRecord(d.contacts, id, c, i + 1) }), quizWorksheet.empty());

describe('contacts', () => {
  const data = withContacts(['a', dana], ['b', kim]);

  it('lists the live contacts with their ids, and names removed ones too', () => {
    const removed = removeContact(data, 'a', 10);
    expect(contactList(data)).toEqual([{ id: 'a', ...dana }, { id: 'b', ...kim }]);
    expect(contactList(removed)).toEqual([{ id: 'b', ...kim }]);
    expect([contactName(removed, 'a'), contactName(removed, 'nope')]).toEqual(['Dana', '']);
  });

  it.each([
    ['a removed contact comes back as it was', (d: QuizData) => restoreContact(removeContact(d, 'a', 10), 'a', 11), ['a', 'b'], 11],
    ['restoring an unknown contact changes nothing', (d: QuizData) => restoreContact(d, 'zz', 11), ['a', 'b'], 1],
    ['removing leaves a tombstone stamped now', (d: QuizData) => removeContact(d, 'a', 10), ['b'], 10],
  ])('%s', (_, change, ids, stamp) => {
    const after = change(data);
    expect(contactList(after).map((c) => c.id)).toEqual(ids);
    expect(after.contacts['a']!.updatedAt).toBe(stamp);
    expect(after.contacts['a']!.value).toEqual(dana);
  });

  it('brings back exactly what was removed, whatever the contacts', () => {
    const contact = fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), role: fc.string({ maxLength: 20 }), account: fc.string({ minLength: 1, maxLength: 20 }) });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,8}$/), contact), { selector: ([id]) => id, minLength: 1, maxLength: 8 }), fc.nat(), (rows, pick) => {
        const start = withContacts(...rows.map(([id, c]): [string, Contact] => [id, { ...c, answers: typicalAnswers.ally }]));
        const id = rows[pick % rows.length]![0];
        const back = restoreContact(removeContact(start, id, 100), id, 101);
        expect(contactList(back)).toEqual(contactList(start));
        expect(contactList(removeContact(start, id, 100)).map((c) => c.id)).not.toContain(id);
      }),
    );
  });

  it('imports only new contacts unless the rep chose to replace', () => {
    const incoming = withContacts(['a', { ...dana, role: 'CEO' }], ['c', { ...kim, name: 'Lee' }]);
    expect(contactList(importContacts(data, incoming, 'keep-mine', 20)).map((c) => `${c.id}:${c.name}:${c.role}`)).toEqual(['a:Dana:CFO', 'b:Kim:', 'c:Lee:']);
    expect(contactList(importContacts(data, incoming, 'replace', 20)).map((c) => `${c.id}:${c.role}`)).toEqual(['a:CEO', 'b:', 'c:']);
  });
});

describe('drafts', () => {
  const draft: Draft = { name: 'Dana', role: 'CFO', account: 'Acme', answers: typicalAnswers.ally, step: 8 };

  it('finishes a complete draft into a contact under the same id, and keeps an incomplete one as a draft', () => {
    const done = finishContact(quizWorksheet.empty(), 'x', draft, 5);
    expect(contactList(done)).toEqual([{ id: 'x', ...dana }]);
    expect(done.drafts['x']!.deleted).toBe(true);
    const half = finishContact(quizWorksheet.empty(), 'y', { ...draft, answers: {} }, 5);
    expect([contactList(half), half.drafts['y']!.value.name]).toEqual([[], 'Dana']);
  });

  it('reopens a contact as a draft at the step asked for, and leaves unknown ids alone', () => {
    const data = withContacts(['a', dana]);
    expect(reopenContact(data, 'a', 3, 9).drafts['a']).toEqual({ updatedAt: 9, value: { ...dana, answers: { ...dana.answers }, step: 3 } });
    expect(reopenContact(data, 'zz', 3, 9)).toBe(data);
  });

  it.each([
    ['the saved draft', saveDraft(quizWorksheet.empty(), 'x', draft, 1), draft],
    ['a blank draft in the account when there is none', quizWorksheet.empty(), blankDraft('Acme')],
    ['a blank draft when the saved one was discarded', discardDraft(saveDraft(quizWorksheet.empty(), 'x', draft, 1), 'x', 2), blankDraft('Acme')],
  ])('the current draft is %s', (_, data, expected) => expect(currentDraft(data, 'x', 'Acme')).toEqual(expected));

  it.each([
    [{ name: '', role: '', account: '' }, null],
    [{ name: 'Dana', role: '', account: '' }, { ...blankDraft('Acme'), name: 'Dana' }],
    [{ name: '', role: 'CFO', account: 'Globex' }, { ...blankDraft('Globex'), role: 'CFO' }],
  ])('what was typed before the data was read (%j) becomes %j', (typed, expected) => expect(typedDraft(typed, 'Acme')).toEqual(expected));
});

describe('shownAccount', () => {
  const accounts = ['Acme', 'Globex Inc'];
  it.each([
    ['globex  inc', '', 'Globex Inc'],
    ['', 'ACME', 'Acme'],
    ['Nowhere', 'Elsewhere', 'Acme'],
  ])('chosen %j, draft in %j: %s', (chosen, draftAccount, expected) => expect(shownAccount(accounts, chosen, draftAccount)).toBe(expected));
  it('is undefined without accounts, and always one of them otherwise', () => {
    expect(shownAccount([], 'Acme')).toBeUndefined();
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), fc.string(), fc.string(), (list, chosen, draftAccount) => {
      expect(list).toContain(shownAccount(list, chosen, draftAccount));
    }));
  });
});
