/** Account exports: JSON that imports again, CSV with every answer and a formula guard. */
import { describe, expect, it } from 'vitest';
import { accountContacts, accountCsv, accountFileName, accountJson, csvHeader } from '../../../../src/lib/worksheets/customer-type-quiz/export';
import { quizWorksheet, type QuizData } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import { deleteRecord, putRecord, readEnvelope } from '../../../../src/lib/worksheets/state';
import { typicalAnswers } from '../../../helpers/quiz-answers';

const now = new Date('2026-11-23T10:00:00Z');
function sample(): QuizData {
  let contacts: QuizData['contacts'] = {};
  contacts = putRecord(contacts, 'a1', { name: 'Dana', role: 'CFO', account: 'Acme', answers: typicalAnswers['bag-of-money'] }, 1);
  contacts = putRecord(contacts, 'a2', { name: '=HYPERLINK("x")', role: 'Nurse, "head"', account: 'acme', answers: typicalAnswers.ally }, 2);
  contacts = putRecord(contacts, 'a3', { name: 'Gone', role: '', account: 'Acme', answers: typicalAnswers.ally }, 3);
  contacts = deleteRecord(contacts, 'a3', 4);
  contacts = putRecord(contacts, 'b1', { name: 'Other', role: '', account: 'Beta', answers: typicalAnswers.ally }, 5);
  return { contacts, drafts: { d1: { updatedAt: 6, value: { name: '', role: '', account: 'Acme', answers: {}, step: 1 } } } };
}

describe('account exports', () => {
  it('collects the live contacts of one account, whatever the case of its name', () => {
    expect(accountContacts(sample(), 'ACME').map((c) => c.id)).toEqual(['a1', 'a2']);
  });

  it('writes JSON that parses back to the same contacts, without drafts or deleted ones', () => {
    const parsed = readEnvelope(quizWorksheet, accountJson(sample(), 'Acme', now));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.data.contacts)).toEqual(['a1', 'a2']);
    expect(parsed.data.contacts['a1']).toEqual(sample().contacts['a1']);
    expect(parsed.data.drafts).toEqual({});
  });

  it('writes CSV with the verdict and every answer, quoting and guarding typed text', () => {
    const lines = accountCsv(accountContacts(sample(), 'Acme')).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.split(',').slice(0, 6)).toEqual(csvHeader.slice(0, 6));
    expect(lines[1]).toMatch(/^Acme,Dana,CFO,Bag of money,,economic buyer,The account: they work for the customer or prospect,Nothing yet,/);
    expect(lines[2]).toMatch(/^acme,"'=HYPERLINK\(""x""\)","Nurse, ""head""",Ally,,champion,/);
    expect(lines[3]).toBe('');
  });

  it.each([
    ['Acme Corp', 'json', 'customer-type-quiz-acme-corp-2026-11-23.json'],
    ['Ünïcode & Co', 'csv', 'customer-type-quiz-unicode-co-2026-11-23.csv'],
  ] as const)('names the file for %j (%s)', (account, ext, name) => {
    expect(accountFileName(account, now, ext)).toBe(name);
  });
});
