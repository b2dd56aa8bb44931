/**
 * Which draft this tab classifies: the one it worked on (its id is kept per tab, so a reload
 * resumes it), or a new one, which adopts what the rep typed into the server-rendered form before
 * the saved data was read. Switching drafts gives the form a new key, so it starts afresh.
 */
import { useEffect, useState } from 'preact/hooks';
import { accountsOf } from '../../../lib/worksheets/customer-type-quiz/account-names';
import { newRecordId, resumeDraftId } from '../../../lib/worksheets/customer-type-quiz/quiz-flow';
import { contactList, saveDraft, typedDraft } from '../../../lib/worksheets/customer-type-quiz/records';
import type { QuizData } from '../../../lib/worksheets/customer-type-quiz/schemas';
import { readTabDraft, writeTabDraft } from '../../../browser/worksheets/tab-draft';

type Update = (change: (data: QuizData, now: number) => QuizData) => void;

/** The values typed into the server-rendered details form. */
function typedFields() {
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
  return { name: value('quiz-name'), role: value('quiz-role'), account: value('quiz-account') };
}

/** The current draft's id (null until the saved data is read), the stepper's key, the contact whose result shows, and a way to switch drafts. */
export function useQuizDraft(ready: boolean, data: QuizData, update: Update) {
  const [draftId, setDraftId] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [focusQuiz, setFocusQuiz] = useState(false);
  // Changes when the rep switches contacts, so the form starts afresh; the first contact keeps the server-rendered form (and its focus).
  const [stepperKey, setStepperKey] = useState(0);
  useEffect(() => {
    if (!ready || draftId) return;
    const resumed = resumeDraftId(data, readTabDraft());
    const id = resumed ?? newRecordId(Date.now());
    const typed = resumed ? null : typedDraft(typedFields(), accountsOf(contactList(data))[0] ?? '');
    if (typed) update((all, now) => saveDraft(all, id, typed, now));
    setDraftId(id);
    writeTabDraft(id);
  }, [ready, draftId]);
  const switchDraft = (id: string) => {
    setStepperKey((k) => k + 1);
    setDraftId(id);
    writeTabDraft(id);
    setShown(null);
    setFocusQuiz(true);
  };
  /** Back to the form from a result. */
  const another = () => {
    setShown(null);
    setFocusQuiz(true);
  };
  return { draftId, stepperKey, focusQuiz, shown, setShown, switchDraft, another };
}
