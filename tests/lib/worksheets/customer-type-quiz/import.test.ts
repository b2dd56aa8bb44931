import { describe, expect, it } from 'vitest';
import { accountCsv, allContacts, allJson } from '../../../../src/lib/worksheets/customer-type-quiz/export';
import { readQuizCsv, readQuizFile } from '../../../../src/lib/worksheets/customer-type-quiz/import';
import type { QuizData } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import { planImport, putRecord } from '../../../../src/lib/worksheets/state';
import { typicalAnswers } from '../../../helpers/quiz-answers';

const now = new Date('2026-11-23T10:00:00Z');
const sample = (): QuizData => {
  let contacts = putRecord({}, 'c-1', { name: 'Dana', role: 'COO', account: 'Acme', answers: typicalAnswers['bag-of-money'] }, 1);
  contacts = putRecord(contacts, 'c-2', { name: 'Lee', role: '', account: 'Beta', answers: typicalAnswers.ally }, 2);
  contacts = putRecord(contacts, 'c-3', { name: '=Sam', role: '', account: 'Beta', answers: typicalAnswers['bag-of-wind'] }, 3);
  return { contacts, drafts: {} };
};
const envelope = (contacts: unknown) => JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 1, data: { contacts, drafts: {} } });
const good = (name: string, extra = {}) => ({ updatedAt: 1, value: { name, role: '', account: 'Acme', answers: typicalAnswers.ally, ...extra } });

describe('reading a bad quiz file, in plain words', () => {
  it.each([
    ['not JSON', 'oops', 'The file holds text that is not JSON; it starts with “oops”.', 'This is not a file exported from the customer type quiz. Choose the .json (or .csv) file you exported from this page.', 'the file: is not JSON'],
    ['JSON without the marker', '{"a":1}', 'The file holds JSON, but no Customer Atlas marker ("app": "customer-atlas").', 'This file was not exported from Customer Atlas. Choose the file you exported from the customer type quiz.', 'app: must be one of "customer-atlas"'],
    ['another worksheet', JSON.stringify({ app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1, data: {} }), 'The file holds the ideal customer checklist worksheet.', 'This file belongs to another worksheet, not the customer type quiz. Import it on that worksheet’s page.', 'worksheet: "ideal-customer-checklist", expected "customer-type-quiz"'],
    ['a newer version', JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 9, data: {} }), 'The file holds version 9 of the customer type quiz.', 'This file was saved by a newer version of this page. Reload the page to get the newest version, then import again.', 'version: 9, this page reads 1'],
    ['a contact without a name', envelope({ a: good('Ann'), b: good('Bo'), c: good('') }), 'The file holds 3 contacts in 1 account (Acme).', 'Contact 3 has no name.', 'data → contacts → c → value → name: must not be empty'],
    ['an unknown answer', envelope({ a: good('Ann', { answers: { ...typicalAnswers.ally, veto: 'maybe' } }) }), 'The file holds 1 contact in 1 account (Acme).', 'Contact 1 (Ann) has “maybe” as the answer to question 6 (“Can this contact stop a purchase?”), which is not one of its answers.', 'data → contacts → a → value → answers → veto: must be one of "yes", "no"'],
    ['a missing account', envelope({ a: good('Ann', { account: '' }) }), 'The file holds 1 contact.', 'Contact 1 (Ann) has no account.', 'data → contacts → a → value → account: must not be empty'],
    ['a broken save time', envelope({ a: { ...good('Ann'), updatedAt: 'yesterday' } }), 'The file holds 1 contact in 1 account (Acme).', 'Contact 1 (Ann) has no valid save time. Export it again from the page it came from.', 'data → contacts → a → updatedAt: should be a number, not text'],
  ])('%s', (_name, text, held, problem, detail) => {
    const reading = readQuizFile(text, 'bad.json', { contacts: {}, drafts: {} });
    expect(reading).toMatchObject({ ok: false, held, problems: [problem] });
    expect(reading.ok === false && reading.details).toContain(detail);
  });
});

describe('exporting everything and importing it again', () => {
  it('the all-accounts JSON holds every account and reads back whole', () => {
    const reading = readQuizFile(allJson(sample(), now), 'all.json', { contacts: {}, drafts: {} });
    expect(reading).toMatchObject({ ok: true, held: 'The file holds 3 contacts in 2 accounts (Acme, Beta).' });
    expect(reading.ok && reading.data.contacts).toEqual(sample().contacts);
  });

  it('a CSV export reads back; a second import of it finds nothing new', () => {
    const data = sample();
    const csv = accountCsv(allContacts(data));
    const first = readQuizCsv(csv, { contacts: {}, drafts: {} });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(Object.values(first.data.contacts).map((r) => r.value.name).sort()).toEqual(['=Sam', 'Dana', 'Lee']);
    const again = readQuizCsv(csv, data);
    expect(again.ok && planImport(data.contacts, again.data.contacts)).toEqual({ added: [], conflicts: [], unchanged: ['c-1', 'c-3', 'c-2'] });
  });

  it.each([
    ['a CSV from elsewhere', 'Name,Email\r\nA,a@b\r\n', 'This CSV was not exported from the customer type quiz: it has no “Account” column.'],
  ])('refuses %s', (_n, text, problem) => {
    expect(readQuizFile(text, 'x.csv', { contacts: {}, drafts: {} })).toMatchObject({ ok: false, problems: [problem] });
  });

  it('names the row of a CSV contact without a name', () => {
    const csv = accountCsv(allContacts(sample())).replace('Acme,Dana', 'Acme,');
    expect(readQuizCsv(csv, { contacts: {}, drafts: {} })).toMatchObject({ ok: false, problems: ['Contact 1 has no name.'] });
  });
});
