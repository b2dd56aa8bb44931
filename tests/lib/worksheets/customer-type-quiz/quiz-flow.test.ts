/** The quiz flow over stored data: which draft resumes, detail checks, and a draft becoming a contact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizDataSchema, type Draft, type QuizData } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import {
  blankDraft,
  contactToDraft,
  detailProblems,
  draftToContact,
  finishDraft,
  isBlank,
  lastQuestionStep,
  newRecordId,
  otherDrafts,
  resumeDraftId,
} from '../../../../src/lib/worksheets/customer-type-quiz/quiz-flow';
import { deleteRecord, putRecord } from '../../../../src/lib/worksheets/state';
import { typicalAnswers } from '../../../helpers/quiz-answers';

const full: Draft = { name: ' Dana ', role: ' CFO ', account: ' Acme ', answers: typicalAnswers.ally, step: 8 };
const data = (drafts: QuizData['drafts']): QuizData => ({ contacts: {}, drafts });

describe('drafts', () => {
  const d = putRecord(putRecord(putRecord({}, 'old', { ...blankDraft(), name: 'Old' }, 1), 'new', { ...blankDraft(), name: 'New' }, 5), 'gone', blankDraft(), 9);
  const drafts = deleteRecord(d, 'gone', 10);

  it.each([
    ['the tab’s own draft', 'old', 'old'],
    ['nothing when the tab has no draft (another tab’s draft is never adopted)', null, null],
    ['nothing when the tab’s draft is gone', 'gone', null],
    ['nothing when the tab’s draft is unknown', 'x', null],
  ] as const)('resumes %s', (_name, tab, id) => {
    expect(resumeDraftId(data(drafts), tab)).toBe(id);
  });

  it('lists the other non-blank drafts, newest first', () => {
    expect(otherDrafts(data(drafts), 'zzz').map(([id]) => id)).toEqual(['new', 'old']);
    expect(otherDrafts(data(drafts), 'new').map(([id]) => id)).toEqual(['old']);
    expect(isBlank(blankDraft('Acme'))).toBe(true);
  });

  it('makes ids the schema accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.uuid(), (now, uuid) => {
        const id = newRecordId(now, () => uuid);
        expect(quizDataSchema.safeParse({ contacts: {}, drafts: { [id]: { updatedAt: 1, value: blankDraft() } } }).success).toBe(true);
      }),
    );
    // With the platform's UUID, as on the page; ids made before (`c-<time>-<random>`) still validate.
    for (const id of [newRecordId(Date.now()), 'c-mi9x2k3l-4fzyo8']) {
      expect(quizDataSchema.safeParse({ contacts: {}, drafts: { [id]: { updatedAt: 1, value: blankDraft() } } }).success).toBe(true);
    }
  });
});

describe('details and finishing', () => {
  it.each([
    [{ name: '', account: 'A' }, { name: 'Enter the contact’s name.' }],
    [{ name: 'N', account: '  ' }, { account: 'Enter the account this contact belongs to.' }],
    [{ name: 'N', account: 'A' }, {}],
  ])('detailProblems(%j)', (d, problems) => {
    expect(detailProblems(d)).toEqual(problems);
  });

  it('turns a finished draft into a trimmed contact, and refuses an unfinished one', () => {
    expect(draftToContact(full)).toEqual({ name: 'Dana', role: 'CFO', account: 'Acme', answers: typicalAnswers.ally });
    expect(draftToContact({ ...full, answers: { veto: 'no' } })).toBeNull();
    expect(draftToContact({ ...full, name: '' })).toBeNull();
  });

  it('moves a finished draft to the contacts under the same id and leaves a tombstone', () => {
    const out = finishDraft(data(putRecord({}, 'c1', full, 1)), 'c1', 7);
    expect(out.contacts['c1']).toEqual({ updatedAt: 7, value: draftToContact(full) });
    expect(out.drafts['c1']).toMatchObject({ updatedAt: 7, deleted: true });
    const unfinished = data(putRecord({}, 'c1', { ...full, answers: {} }, 1));
    expect(finishDraft(unfinished, 'c1', 7)).toBe(unfinished);
  });

  it('opens a contact for editing at the details step', () => {
    expect(contactToDraft(draftToContact(full)!)).toEqual({ name: 'Dana', role: 'CFO', account: 'Acme', answers: typicalAnswers.ally, step: 0 });
    expect(lastQuestionStep).toBe(8);
  });
});
