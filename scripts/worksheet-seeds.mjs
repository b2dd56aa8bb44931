// @ts-check
/** Saved data for the worksheet screenshots, the benchmark and the browser tests: a quiz account and a list of rated checklist customers. */

const wrap = (/** @type {string} */ worksheet, /** @type {unknown} */ data) => ({ app: 'customer-atlas', worksheet, version: 1, savedAt: '2026-11-23T10:00:00.000Z', data });
const record = (/** @type {unknown} */ value, at = 1) => ({ updatedAt: at, value });

const answers = {
  money: { employer: 'account', history: 'none', relationship: 'none-yet', budget: 'controls', finalSay: 'this-contact', veto: 'yes', influence: 'strong', link: 'pays' },
  ally: { employer: 'account', history: 'none', relationship: 'good', budget: 'none', finalSay: 'someone-else', veto: 'yes', influence: 'strong', link: 'uses' },
  wind: { employer: 'account', history: 'none', relationship: 'none-yet', budget: 'none', finalSay: 'someone-else', veto: 'no', influence: 'little', link: 'none' },
  colleague: { employer: 'own-company', history: 'none', relationship: 'good', budget: 'none', finalSay: 'someone-else', veto: 'no', influence: 'little', link: 'none' },
  repeat: { employer: 'account', history: 'repeat', relationship: 'good', budget: 'none', finalSay: 'someone-else', veto: 'yes', influence: 'some', link: 'uses' },
};

/** A quiz with one account of five contacts, and optionally a draft part-way through. @param {{ draftStep?: number, draftComplete?: boolean }} o */
export function quizSeed({ draftStep, draftComplete = false }) {
  const contacts = {
    'c-1': record({ name: 'Dana Reyes', role: 'Operations director', account: 'Clinic Group', answers: answers.money }),
    'c-2': record({ name: 'Lee Park', role: 'Head nurse', account: 'Clinic Group', answers: answers.ally }),
    'c-3': record({ name: 'Sam Ortiz', role: 'Office coordinator', account: 'Clinic Group', answers: answers.wind }),
    'c-4': record({ name: 'Kim Bauer', role: 'Our delivery lead', account: 'Clinic Group', answers: answers.colleague }),
    'c-5': record({ name: 'Ari Cohen', role: 'Procurement', account: 'Clinic Group', answers: { ...answers.repeat, relationship: 'none-yet' } }),
  };
  /** @type {Record<string, unknown>} */
  const drafts = {};
  if (draftStep !== undefined) {
    const all = /** @type {Record<string, string>} */ (answers.ally);
    const ids = Object.keys(all).slice(0, draftComplete ? 7 : draftStep - 1);
    drafts['c-draft'] = record({ name: 'Robin Vale', role: 'IT lead', account: 'Clinic Group', answers: Object.fromEntries(ids.map((k) => [k, all[k]])), step: draftStep }, 2);
  }
  return wrap('customer-type-quiz', { contacts, drafts });
}

const names = ['Birch Ltd', 'Alder & Co', 'Cobalt', 'Northwind Traders', 'Harbour Health', 'Juniper Labs', 'Maple Freight', 'Quartz Legal'];
const levels = [
  [4, 4, 4, 4, 4, 4], [2, 3, 2, 2, 1, 2], [0, 1, 0, 0, 0, 0], [3, 3, 4, 3, 2, 3], [1, 2, 2, 1, 2, 1], [4, 3, 3, 4, 4, 2], [2, 2, 1, 3, 2, 0], [3, 4, 2, 2, 3, 3],
];
const criteria = ['first-call', 'fair-price', 'raises-the-bar', 'plays-to-strengths', 'opens-doors', 'cost-to-serve'];

/** A checklist of `count` rated customers (the first few named); `partial` leaves the last one half rated. @param {{ count?: number, partial?: boolean }} o */
export function checklistSeed({ count = 8, partial = false }) {
  /** @type {Record<string, unknown>} */
  const customers = {};
  for (let i = 0; i < count; i++) {
    const row = levels[i % levels.length] ?? [];
    const rated = partial && i === count - 1 ? 3 : 6;
    const ratings = Object.fromEntries(criteria.slice(0, rated).map((c, j) => [c, row[j]]));
    customers[`k-${i}`] = record({ name: names[i] ?? `Customer ${i + 1}`, ratings, addedAt: i + 1 });
  }
  return wrap('ideal-customer-checklist', { customers, portrait: {}, sources: {} });
}
