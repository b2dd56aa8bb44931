/**
 * Reading and changing the quiz's data: contacts and the drafts being classified. Pure; `now`
 * stamps records. Removing leaves a tombstone (other tabs learn of it) that `restoreContact`
 * brings back with its old value.
 */
import { applyImport, deleteRecord, liveRecords, putRecord } from '../state';
import type { AccountContact } from './account';
import { accountKey } from './account-names';
import { blankDraft, contactToDraft, finishDraft } from './quiz-flow';
import type { Draft, QuizData } from './schemas';

/** The live contacts, each with its id. */
export function contactList(data: QuizData): AccountContact[] {
  return liveRecords(data.contacts).map(([id, c]) => ({ id, ...c }));
}

/** The name of a contact, live or removed; empty when there is no such contact. */
export const contactName = (data: QuizData, id: string): string => data.contacts[id]?.value.name ?? '';

/** Saves a draft under its id (created or changed). */
export function saveDraft(data: QuizData, id: string, draft: Draft, now: number): QuizData {
  return { ...data, drafts: putRecord(data.drafts, id, draft, now) };
}

/** Saves a draft and, when it is complete, turns it into a contact under the same id. */
export function finishContact(data: QuizData, id: string, draft: Draft, now: number): QuizData {
  return finishDraft(saveDraft(data, id, draft, now), id, now);
}

/** Drops an unfinished draft. */
export function discardDraft(data: QuizData, id: string, now: number): QuizData {
  return { ...data, drafts: deleteRecord(data.drafts, id, now) };
}

/** Opens a saved contact again as a draft, at `step` (its details are step 0); unknown contacts are left alone. */
export function reopenContact(data: QuizData, id: string, step: number, now: number): QuizData {
  const record = data.contacts[id];
  return record ? saveDraft(data, id, { ...contactToDraft(record.value), step }, now) : data;
}

/** Removes a contact (a tombstone, so other tabs follow). */
export function removeContact(data: QuizData, id: string, now: number): QuizData {
  return { ...data, contacts: deleteRecord(data.contacts, id, now) };
}

/** Brings back a removed contact with the value it had. */
export function restoreContact(data: QuizData, id: string, now: number): QuizData {
  const record = data.contacts[id];
  return record ? { ...data, contacts: putRecord(data.contacts, id, record.value, now) } : data;
}

/** Applies the contacts of an imported file ("keep-mine" adds only new ones). */
export function importContacts(data: QuizData, incoming: QuizData, mode: 'keep-mine' | 'replace', now: number): QuizData {
  return { ...data, contacts: applyImport(data.contacts, incoming.contacts, mode, now) };
}

/** The account shown: the one the rep chose, else the current draft's, else the first; undefined with no accounts. */
export function shownAccount(accounts: readonly string[], chosen: string, draftAccount = ''): string | undefined {
  const find = (name: string) => accounts.find((a) => accountKey(a) === accountKey(name));
  return find(chosen) ?? find(draftAccount) ?? accounts[0];
}

/** The draft being classified: the saved one, or a blank one in `account` when it is new or was dropped. */
export function currentDraft(data: QuizData, id: string, account = ''): Draft {
  const stored = data.drafts[id];
  return stored && !stored.deleted ? stored.value : blankDraft(account);
}

/** A draft from what was typed into the details before the saved data was read; null when nothing was typed. */
export function typedDraft(typed: Pick<Draft, 'name' | 'role' | 'account'>, knownAccount: string): Draft | null {
  const { name, role, account } = typed;
  return name || role || account ? { ...blankDraft(account || knownAccount), name, role } : null;
}
