/**
 * Importing quiz files: the JSON export (one account or everything) and the CSV export, with
 * every problem said the way a rep would say it ("contact 3 has no name") and what the file held.
 * CSV rows carry no ids: a row takes the id of the contact with the same name in the same
 * account, so importing the same CSV twice adds nothing.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { repColumn } from '../rep-name';
import { opening, readImportFile, type ImportReading, type ImportWording } from '../import';
import { parseCsv, unguardCell } from '../csv';
import { counted } from '../../site/plural';
import type { Collection } from '../state';
import { checkRowCount } from '../import-file';
import { accountKey } from './account-names';
import { answerOptions, type QuestionId } from './answer-options';
import { csvHeader } from './export';
import { questions } from './questions';
import { contactSchema, quizWorksheet, type Contact, type QuizData } from './schemas';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const contactsIn = (data: unknown): [string, unknown][] => (isObject(data) && isObject(data['contacts']) ? Object.entries(data['contacts']) : []);
const valueOf = (record: unknown): Loose => (isObject(record) && isObject(record['value']) ? record['value'] : {});
const textOf = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** "The file holds 5 contacts in 2 accounts (Acme, Beta)." */
export function heldByQuizFile(data: unknown): string {
  const contacts = contactsIn(data);
  const accounts = [...new Set(contacts.map(([, r]) => textOf(valueOf(r)['account'])).filter(Boolean))];
  if (contacts.length === 0) return 'The file holds no contacts.';
  const where = accounts.length === 0 ? '' : ` in ${counted(accounts.length, 'account')} (${accounts.slice(0, 4).join(', ')}${accounts.length > 4 ? ', …' : ''})`;
  return `The file holds ${counted(contacts.length, 'contact')}${where}.`;
}

const questionNumber = (id: QuestionId) => questions.findIndex((q) => q.id === id) + 1;
const questionText = (id: QuestionId) => questions.find((q) => q.id === id)?.text ?? id;

/** What is wrong with one answer, in words. */
function answerProblem(who: string, id: QuestionId, value: unknown): string {
  const q = `question ${questionNumber(id)} (“${questionText(id)}”)`;
  if (value === undefined || value === null || value === '') return `${who} has no answer to ${q}.`;
  return `${who} has “${String(value)}” as the answer to ${q}, which is not one of its answers.`;
}

/** One sentence per issue, naming the contact by its number in the file and its name. */
export function explainQuizIssues(issues: readonly $ZodIssue[], data: unknown): string[] {
  const contacts = contactsIn(data);
  return issues.map((issue) => {
    const [collection, id, part, field, sub] = issue.path as (string | number | undefined)[];
    if (collection === 'drafts') return 'An unfinished contact in the file is damaged; remove the "drafts" part or export the file again.';
    if (collection !== 'contacts' || id === undefined) return 'The file’s list of contacts is damaged. Export it again from the page it came from.';
    const at = contacts.findIndex(([key]) => key === id);
    const name = textOf(valueOf(contacts[at]?.[1])['name']);
    const who = `Contact ${at + 1}${name ? ` (${name})` : ''}`;
    if (issue.code === 'invalid_key') return `Contact ${at + 1} has an id this page cannot use. Export it again from this page.`;
    if (part !== 'value') return `${who} has no valid save time. Export it again from the page it came from.`;
    const value = valueOf(contacts[at]?.[1]);
    if (field === 'name') return textOf(value['name']) ? `${who} has a name longer than 120 characters.` : `Contact ${at + 1} has no name.`;
    if (field === 'account') return textOf(value['account']) ? `${who} has an account name longer than 120 characters.` : `${who} has no account.`;
    if (field === 'role') return typeof value['role'] === 'string' ? `${who} has a role longer than 120 characters.` : `${who} has no role (it may be empty, but it must be there).`;
    if (field === 'answers' && typeof sub === 'string' && sub in answerOptions) {
      const answers = isObject(value['answers']) ? value['answers'] : {};
      return answerProblem(who, sub as QuestionId, answers[sub]);
    }
    if (field === 'answers') return `${who} has no answers.`;
    return `${who} holds something this page does not know (${String(field ?? part)}).`;
  });
}

/** How the quiz's import reads and words its JSON files. */
export const quizImportWording: ImportWording = { held: heldByQuizFile, explain: explainQuizIssues };

const hash = (text: string): string => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
};

/** Reads the quiz's CSV export; rows match existing contacts by account and name. */
export function readQuizCsv(text: string, existing: QuizData): ImportReading<QuizData> {
  const tooLong = checkRowCount(text, { many: 'contacts' });
  if (tooLong) return tooLong;
  const [header = [], ...rows] = parseCsv(text);
  const column = (name: string) => header.indexOf(name);
  const missingColumns = ['Account', 'Name', 'Role', ...questions.map((q) => q.text)].filter((c) => column(c) < 0);
  if (missingColumns.length > 0) {
    return {
      ok: false,
      held: `The file holds ${counted(rows.length, 'row')} under the columns “${opening(header.join(', '))}”.`,
      problems: [`This CSV was not exported from the customer type quiz: it has no “${missingColumns[0]}” column.`],
      details: [`missing columns: ${missingColumns.join('; ')}`, `expected: ${csvHeader.join('; ')}`],
    };
  }
  const known = new Map(Object.entries(existing.contacts).filter(([, r]) => !r.deleted).map(([id, r]) => [`${accountKey(r.value.account)}|${r.value.name.trim().toLowerCase()}`, id]));
  const contacts: Collection<Contact> = {};
  const problems: string[] = [];
  const details: string[] = [];
  rows.forEach((row, i) => {
    const cell = (name: string) => unguardCell(row[column(name)] ?? '').trim();
    const name = cell('Name');
    const who = `Contact ${i + 1}${name ? ` (${name})` : ''}`;
    const answers: Record<string, string> = {};
    for (const q of questions) {
      const label = cell(q.text);
      const option = q.options.find((o) => o.label === label);
      if (option) answers[q.id] = option.id;
      else problems.push(answerProblem(who, q.id, label)), details.push(`row ${i + 2}, column “${q.text}”: “${label}”`);
    }
    const contact = { name, role: cell('Role'), account: cell('Account'), answers };
    const checked = contactSchema.safeParse(contact);
    if (!checked.success) {
      if (!name) problems.push(`Contact ${i + 1} has no name.`), details.push(`row ${i + 2}, column “Name”: empty`);
      if (!contact.account) problems.push(`${who} has no account.`), details.push(`row ${i + 2}, column “Account”: empty`);
      if (name.length > 120 || contact.account.length > 120 || contact.role.length > 120) problems.push(`${who} has a field longer than 120 characters.`);
      return;
    }
    const key = `${accountKey(contact.account)}|${name.toLowerCase()}`;
    const id = known.get(key) ?? `c-csv-${hash(key)}`;
    contacts[id] = { updatedAt: 0, value: checked.data };
  });
  const accounts = new Set(rows.map((r) => accountKey(unguardCell(r[column('Account')] ?? ''))).filter(Boolean));
  const held = `The file holds ${counted(rows.length, 'contact')} in ${counted(accounts.size, 'account')}.`;
  if (problems.length > 0) return { ok: false, held, problems: [...new Set(problems)], details };
  return { ok: true, held, data: { contacts, drafts: {} } };
}

/** Reads a quiz import file of either kind: CSV when it is named .csv or starts with the CSV header, else the JSON export. */
export function readQuizFile(text: string, fileName: string, existing: QuizData): ImportReading<QuizData> {
  const start = text.replace(/^\uFEFF/, '');
  const csv = /\.csv$/i.test(fileName) || start.startsWith(`${csvHeader[0]},`) || start.startsWith(`${repColumn},${csvHeader[0]},`);
  return csv ? readQuizCsv(text, existing) : readImportFile(quizWorksheet, text, quizImportWording);
}
