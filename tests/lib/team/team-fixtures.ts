/** Real exports for the roll-up tests, made with the worksheets' own export functions, and a fast-check arbitrary of rep files. */
import fc from 'fast-check';
import { allJson, accountCsv, allContacts } from '../../../src/lib/worksheets/customer-type-quiz/export';
import { quizWorksheet, type QuizData } from '../../../src/lib/worksheets/customer-type-quiz/schemas';
import { customerTypeIds } from '../../../src/lib/worksheets/customer-type-quiz/types';
import { checklistCsv, checklistJson } from '../../../src/lib/worksheets/ideal-customer-checklist/export';
import { addCustomer, rateCustomer } from '../../../src/lib/worksheets/ideal-customer-checklist/records';
import { checklistWorksheet, type ChecklistData } from '../../../src/lib/worksheets/ideal-customer-checklist/schemas';
import { criterionIds, verdictIds, type RatingLevel } from '../../../src/lib/worksheets/ideal-customer-checklist/criteria';
import { valueCsv, valueJson } from '../../../src/lib/worksheets/customer-value/export';
import { addCustomer as addValueCustomer, assumptionsOf, customerEntries, updateCustomer } from '../../../src/lib/worksheets/customer-value/records';
import { customerValueWorksheet, type ValueData } from '../../../src/lib/worksheets/customer-value/schemas';
import { scoreList } from '../../../src/lib/worksheets/customer-value/score';
import { tierIds } from '../../../src/lib/worksheets/customer-value/tiers';
import { serializeProgress } from '../../../src/lib/reading-progress/progress';
import { putRecord } from '../../../src/lib/worksheets/state';
import { repFileKinds, type RepFile } from '../../../src/lib/team/schemas';
import { typicalAnswers } from '../../helpers/quiz-answers';

/** When the fixtures were exported. */
export const now = new Date('2026-11-23T10:00:00Z');

/** A quiz with a money-holder and an ally at Acme and one at Northwind. */
export function quizData(): QuizData {
  let contacts: QuizData['contacts'] = {};
  contacts = putRecord(contacts, 'a1', { name: 'Dana', role: 'CFO', account: 'Acme Inc.', answers: typicalAnswers['bag-of-money'] }, 1);
  contacts = putRecord(contacts, 'a2', { name: 'Eli', role: 'Nurse', account: 'Acme Inc.', answers: typicalAnswers.ally }, 2);
  contacts = putRecord(contacts, 'n1', { name: 'Flo', role: 'Buyer', account: 'Northwind', answers: typicalAnswers['repeat-customer'] }, 3);
  return { ...quizWorksheet.empty(), contacts };
}

/** A checklist with customers rated all at one step (4 keeps, 2 develops, 0 lets go). */
export function checklistData(customers: readonly [string, RatingLevel][]): ChecklistData {
  let data = checklistWorksheet.empty();
  customers.forEach(([name, level], i) => {
    data = addCustomer(data, `c${i}`, name, i + 1);
    for (const c of criterionIds) data = rateCustomer(data, `c${i}`, c, level, i + 1);
  });
  return data;
}

/** A value sheet with customers of the given revenue (margin 30 %, cost to serve 1,000). */
export function valueData(customers: readonly [string, number][]): ValueData {
  let data = customerValueWorksheet.empty();
  customers.forEach(([name, revenue], i) => {
    data = addValueCustomer(data, `v${i}`, name, i + 1);
    data = updateCustomer(data, `v${i}`, { revenue, margin: 30, costToServe: 1000, orders: 4, lastOrder: '2026-10-01' }, i + 1);
  });
  return data;
}

/** Every kind of export one rep sends, as file name and text. */
export function repExports(rep: string | null) {
  const checklist = checklistData([['Northwind', 4], ['Acme Inc.', 2], ['Coho Winery', 0]]);
  const value = valueData([['Northwind', 480_000], ['Acme', 90_000], ['Coho Winery', 4_000]]);
  const scored = scoreList(customerEntries(value), assumptionsOf(value), now);
  const quiz = quizData();
  return {
    quizJson: { name: 'quiz.json', text: allJson(quiz, now, rep) },
    quizCsv: { name: 'quiz.csv', text: accountCsv(allContacts(quiz), rep) },
    checklistJson: { name: 'checklist.json', text: checklistJson(checklist, now, rep) },
    checklistCsv: { name: 'checklist.csv', text: checklistCsv(checklist, rep) },
    valueJson: { name: 'value.json', text: valueJson(value, now, rep) },
    valueCsv: { name: 'value.csv', text: valueCsv(scored, assumptionsOf(value), now, rep) },
    progressJson: { name: 'reading.json', text: serializeProgress({ 'what-a-customer-is': { readAt: 1, how: 'end' }, 'bag-of-money': { readAt: 2, how: 'marked' } }, now, rep) },
  };
}

const customer = fc.constantFrom('Northwind', 'Acme', 'ACME Inc.', 'Coho Winery', 'Litware', 'Fabrikam', 'Tailspin');
/** Any rep file the roll-up keeps, from a few reps and customers so that files overlap. */
export const repFileArb: fc.Arbitrary<RepFile> = fc.record({
  file: fc.constantFrom('a.json', 'b.csv', 'team/c.json'),
  rep: fc.constantFrom('Ana', 'ana ', 'Ben', 'Chloé'),
  kind: fc.constantFrom(...repFileKinds),
  savedAt: fc.constantFrom('', '2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z'),
  contacts: fc.array(fc.record({ account: customer, name: fc.constantFrom('Dana', 'Eli', 'Flo'), type: fc.option(fc.constantFrom(...customerTypeIds), { nil: null }) }), { maxLength: 4 }),
  verdicts: fc.array(fc.record({ customer, verdict: fc.constantFrom(...verdictIds), score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), { maxLength: 4 }),
  values: fc.array(fc.record({ customer, tier: fc.constantFrom(...tierIds), contribution: fc.integer({ min: -5000, max: 50_000 }), cev: fc.integer({ min: 0, max: 90_000 }) }), { maxLength: 4 }),
  read: fc.uniqueArray(fc.constantFrom('what-a-customer-is', 'bag-of-money', 'ally'), { maxLength: 3 }),
});
