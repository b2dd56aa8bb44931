/**
 * The quiz's flow over stored data, without a DOM: which draft a page resumes, how a draft's
 * details are checked, and how a finished draft becomes a contact (or a contact a draft again).
 * Steps: 0 is the contact's details, 1..n the questions in order, n + 1 the result.
 */
import { liveRecords, putRecord, deleteRecord } from '../state';
import { newId, randomUuid, type MakeUuid } from '../record-id';
import { answerOptions, missingAnswers } from './answer-options';
import type { Contact, Draft, QuizData } from './schemas';

/** Number of the last question step. */
export const lastQuestionStep = Object.keys(answerOptions).length;

/** A new contact or draft id (see `newId`). */
export const newRecordId = (now: number, uuid: MakeUuid = randomUuid): string => newId('c', now, {}, uuid);

/** An empty draft, in an account when one is given. */
export const blankDraft = (account = ''): Draft => ({ name: '', role: '', account, answers: {}, step: 0 });

/** True when the rep has entered nothing in a draft yet. */
export const isBlank = (d: Draft): boolean => !d.name && !d.role && Object.keys(d.answers).length === 0;

/**
 * The draft a page resumes: the one this tab worked on (its id is kept per tab, so a reload or
 * the back button resumes it), or none, and the page starts a new one. A new tab never adopts
 * another tab's draft (both would then save under one id); other drafts are offered to resume.
 */
export function resumeDraftId(data: QuizData, tabDraftId: string | null): string | null {
  return tabDraftId && data.drafts[tabDraftId] && !data.drafts[tabDraftId].deleted ? tabDraftId : null;
}

/** Drafts other than the current one that hold something, newest first. */
export function otherDrafts(data: QuizData, currentId: string): [string, Draft][] {
  return liveRecords(data.drafts)
    .filter(([id, d]) => id !== currentId && !isBlank(d))
    .sort((a, b) => data.drafts[b[0]]!.updatedAt - data.drafts[a[0]]!.updatedAt);
}

/** Problems with a draft's details, by field; empty when the rep may go on to the questions. */
export function detailProblems(d: Pick<Draft, 'name' | 'account'>): Partial<Record<'name' | 'account', string>> {
  const problems: Partial<Record<'name' | 'account', string>> = {};
  if (!d.name.trim()) problems.name = 'Enter the contact’s name.';
  if (!d.account.trim()) problems.account = 'Enter the account this contact belongs to.';
  return problems;
}

/** The contact a finished draft becomes, or null while details or answers are missing. */
export function draftToContact(d: Draft): Contact | null {
  if (missingAnswers(d.answers).length > 0 || Object.keys(detailProblems(d)).length > 0) return null;
  return { name: d.name.trim(), role: d.role.trim(), account: d.account.trim(), answers: d.answers as Contact['answers'] };
}

/** Saves a finished draft as a contact under the same id and leaves a tombstone for the draft. */
export function finishDraft(data: QuizData, id: string, now: number): QuizData {
  const record = data.drafts[id];
  const contact = record && !record.deleted ? draftToContact(record.value) : null;
  if (!contact) return data;
  return { contacts: putRecord(data.contacts, id, contact, now), drafts: deleteRecord(data.drafts, id, now) };
}

/** Opens a saved contact for editing: a draft with its details and answers, at the details step. */
export const contactToDraft = (c: Contact): Draft => ({ name: c.name, role: c.role, account: c.account, answers: { ...c.answers }, step: 0 });
