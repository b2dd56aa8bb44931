/** Export of one account's contacts: a JSON file the quiz imports again, and a CSV for spreadsheets. */
import { withRep } from '../rep-name';
import { exportFileName, serialize, type Collection } from '../state';
import { toCsv } from '../csv';
import type { AccountContact } from './account';
import { accountKey } from './account-names';
import { classify } from './classify';
import { labelOf, questions } from './questions';
import { quizWorksheet, type Contact, type QuizData } from './schemas';
import { customerTypes } from './types';

/** The live contacts of one account, with their ids. */
export function accountContacts(data: QuizData, account: string): AccountContact[] {
  return Object.entries(data.contacts).flatMap(([id, record]) =>
    !record.deleted && accountKey(record.value.account) === accountKey(account) ? [{ id, ...record.value }] : [],
  );
}

/** The JSON export of one account: the quiz's own envelope, holding that account's live contacts only (and the rep's name, if given). */
export function accountJson(data: QuizData, account: string, now: Date, rep?: string | null): string {
  const contacts: Collection<Contact> = {};
  for (const [id, record] of Object.entries(data.contacts)) {
    if (!record.deleted && accountKey(record.value.account) === accountKey(account)) contacts[id] = record;
  }
  return serialize(quizWorksheet, { contacts, drafts: {} }, now, rep);
}

/** The CSV columns: who, the verdict, then every answer as the rep chose it. */
export const csvHeader = ['Account', 'Name', 'Role', 'Customer type', 'Also', 'Nearest framework role', ...questions.map((q) => q.text)];

/** The CSV export of one account (formula-guarded cells, CRLF lines); a leading "Rep" column when the rep's name is given. */
export function accountCsv(contacts: readonly AccountContact[], rep?: string | null): string {
  const rows = contacts.map((c) => {
    const result = classify(c.answers);
    const verdict =
      result.status === 'classified'
        ? [customerTypes[result.primary].name, result.also.map((t) => customerTypes[t].name).join('; '), result.framework.role ?? '']
        : ['', '', ''];
    return [c.account, c.name, c.role, ...verdict, ...questions.map((q) => labelOf(q.id, c.answers[q.id]))];
  });
  return toCsv(...withRep(csvHeader, rows, rep));
}

/** File name of an account export, e.g. `customer-type-quiz-acme-2026-11-23.csv`. */
export const accountFileName = (account: string, now: Date, extension: 'json' | 'csv'): string =>
  exportFileName(quizWorksheet.worksheet, account, now, extension);

/** Every live contact of every account, with ids, sorted by account then name. */
export function allContacts(data: QuizData): AccountContact[] {
  return Object.entries(data.contacts)
    .flatMap(([id, record]) => (record.deleted ? [] : [{ id, ...record.value }]))
    .sort((a, b) => accountKey(a.account).localeCompare(accountKey(b.account)) || a.name.localeCompare(b.name));
}

/** The JSON export of everything: all accounts' live contacts in one quiz envelope (imports like an account export). */
export function allJson(data: QuizData, now: Date, rep?: string | null): string {
  const contacts: Collection<Contact> = {};
  for (const [id, record] of Object.entries(data.contacts)) if (!record.deleted) contacts[id] = record;
  return serialize(quizWorksheet, { contacts, drafts: {} }, now, rep);
}

/** File name of the everything export, e.g. `customer-type-quiz-all-accounts-2026-11-23.json`. */
export const allFileName = (now: Date, extension: 'json' | 'csv'): string => exportFileName(quizWorksheet.worksheet, 'all accounts', now, extension);
