/**
 * The customer type quiz island. State lives in localStorage through the shared worksheet hook:
 * `{ contacts, drafts }` (see `src/lib/worksheets/customer-type-quiz/schemas.ts`). The contact being classified
 * is a draft saved on every change; finishing it turns it into a contact with the same id.
 * The server renders the empty quiz exactly as the island first draws it, so nothing moves when
 * it hydrates. Results, contacts, the account map, export and import (`QuizAccounts`) load once
 * the page is idle after its first paint, and show the saved work without a click.
 * It stays a little over 100 lines because it is where the quiz panel and the accounts section
 * meet one draft; the parts live in `QuizPending`, `QuizStepper`, `use-quiz-draft` and `records.ts`.
 */
import { useEffect, useState } from 'preact/hooks';
import { accountsOf, contactsOfAccount } from '../../../lib/worksheets/customer-type-quiz/account-names';
import { newRecordId, otherDrafts } from '../../../lib/worksheets/customer-type-quiz/quiz-flow';
import { contactList, currentDraft, discardDraft, finishContact, importContacts, removeContact, reopenContact, restoreContact, saveDraft, shownAccount } from '../../../lib/worksheets/customer-type-quiz/records';
import { quizWorksheet, type Draft } from '../../../lib/worksheets/customer-type-quiz/schemas';
import { exportFileName } from '../../../lib/worksheets/state';
import StorageNotice from '../shared/StorageNotice';
import { useWorksheet } from '../shared/use-worksheet';
import QuizPending, { AccountsPending } from './QuizPending';
import QuizStepper from './QuizStepper';
import type { Question } from '../../../lib/worksheets/customer-type-quiz/questions';
import type { ArticleLinks } from './ResultPanel';
import { useQuizDraft } from './use-quiz-draft';
import { whenIdle } from '../../../browser/worksheets/when-idle';

interface Props {
  /** The questions, worded by the page (`questions.ts`). */
  questions: Question[];
  /** Titles, numbers and links of the articles results point to (built by the page, under the site base). */
  articles: ArticleLinks;
}

type Parts = typeof import('./QuizAccounts');

/** The quiz, the contacts of each account and the account map. */
export default function CustomerTypeQuiz({ questions, articles }: Props) {
  const { state, update, startFresh } = useWorksheet(quizWorksheet);
  const data = state.data;
  const flow = useQuizDraft(state.status === 'ready', data, update);
  const [chosenAccount, setChosenAccount] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [parts, setParts] = useState<Parts | null>(null);
  const loadParts = () => void import('./QuizAccounts').then((module) => setParts(() => module));
  // After the first paint, never on a click: the saved contacts and the map appear on their own.
  useEffect(() => whenIdle(loadParts), []);

  const { draftId, shown } = flow;
  if (state.status === 'loading' || (state.status === 'ready' && !draftId)) return <QuizPending questions={questions} />;
  const notice = (
    <StorageNotice state={state} label="customer type quiz answers" fileName={exportFileName(quizWorksheet.worksheet, 'saved data', new Date(), 'json')} onStartFresh={startFresh} />
  );
  if (state.status === 'invalid' || !draftId) return <div class="quiz">{notice}</div>;

  const contacts = contactList(data);
  const accounts = accountsOf(contacts);
  const account = shownAccount(accounts, chosenAccount, data.drafts[draftId]?.value.account);
  const draft = currentDraft(data, draftId, account);
  const finish = (d: Draft) => {
    update((all, now) => finishContact(all, draftId, d, now));
    setChosenAccount(d.account);
    flow.switchDraft(newRecordId(Date.now()));
    flow.setShown(draftId);
    loadParts();
  };
  /** Opens a contact for changes, at its details or at one question. */
  const edit = (id: string, step = 0) => {
    if (!data.contacts[id]) return;
    update((all, now) => reopenContact(all, id, step, now));
    flow.switchDraft(id);
  };
  const shownContact = shown ? contacts.find((c) => c.id === shown) : undefined;
  const unfinished = otherDrafts(data, draftId);

  return (
    <div class="quiz" data-ready="">
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {notice}
      <section class="quiz-panel no-print" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">Classify a contact</h2>
        {unfinished.length > 0 && parts && (
          <parts.UnfinishedList drafts={unfinished} onResume={flow.switchDraft} onDiscard={(id) => update((all, now) => discardDraft(all, id, now))} />
        )}
        {shownContact ? (
          parts ? (
            <parts.ResultPanel
              key={shownContact.id}
              contact={shownContact}
              questions={questions}
              articles={articles}
              announce={setAnnouncement}
              onAnother={flow.another}
              onEdit={(step) => edit(shownContact.id, step)}
            />
          ) : (
            <p>Working out the result…</p>
          )
        ) : (
          <QuizStepper key={flow.stepperKey} questions={questions} autoFocus={flow.focusQuiz} draft={draft} accounts={accounts} onChange={(d) => update((all, now) => saveDraft(all, draftId, d, now))} onFinish={finish} />
        )}
      </section>
      {parts ? (
        <parts.AccountSection
          data={data}
          accounts={accounts}
          account={account}
          contacts={account ? contactsOfAccount(contacts, account) : []}
          onSelect={setChosenAccount}
          onShow={flow.setShown}
          onEdit={edit}
          onRemove={(id) => (update((all, now) => removeContact(all, id, now)), shown === id && flow.setShown(null))}
          onRestore={(id) => update((all, now) => restoreContact(all, id, now))}
          onImport={(incoming, mode) => update((all, now) => importContacts(all, incoming, mode, now))}
        />
      ) : (
        <AccountsPending />
      )}
    </div>
  );
}
