/**
 * The customer type quiz island. State lives in localStorage through the shared worksheet hook:
 * `{ contacts, drafts }` (see `src/lib/worksheets/customer-type-quiz/schemas.ts`). The contact being classified
 * is a draft saved on every change; finishing it turns it into a contact with the same id.
 * The server renders the empty quiz exactly as the island first draws it, so nothing moves when
 * it hydrates. Results, contacts, the account map, export and import (`QuizAccounts`) load once
 * the page is idle after its first paint, and show the saved work without a click.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountContact } from '../../../lib/worksheets/customer-type-quiz/account';
import { accountKey, accountsOf, contactsOfAccount } from '../../../lib/worksheets/customer-type-quiz/account-names';
import { blankDraft, contactToDraft, finishDraft, newRecordId, otherDrafts, resumeDraftId } from '../../../lib/worksheets/customer-type-quiz/quiz-flow';
import { quizWorksheet, type Draft } from '../../../lib/worksheets/customer-type-quiz/schemas';
import { deleteRecord, exportFileName, liveRecords, putRecord } from '../../../lib/worksheets/state';
import StorageNotice from '../shared/StorageNotice';
import { useWorksheet } from '../shared/use-worksheet';
import QuizStepper from './QuizStepper';
import type { Question } from '../../../lib/worksheets/customer-type-quiz/questions';
import type { ArticleLinks } from './ResultPanel';
import { readTabDraft, writeTabDraft } from '../../../browser/worksheets/tab-draft';
import { whenIdle } from '../../../browser/worksheets/when-idle';

interface Props {
  /** The questions, worded by the page (`questions.ts`). */
  questions: Question[];
  /** Titles, numbers and links of the articles results point to (built by the page, under the site base). */
  articles: ArticleLinks;
}

type Parts = typeof import('./QuizAccounts');

const noop = () => undefined;

/** What the rep typed into the server-rendered form before the island had read the saved data (null when nothing). */
function typedBeforeReady(knownAccount: string): Draft | null {
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
  const [name, role, account] = [value('quiz-name'), value('quiz-role'), value('quiz-account')];
  return name || role || account ? { ...blankDraft(account || knownAccount), name, role } : null;
}

/** "Your accounts" until its code has loaded: the same heading, in the same place. */
const AccountsPending = () => (
  <section class="quiz-accounts" aria-labelledby="quiz-accounts-heading">
    <h2 id="quiz-accounts-heading">Your accounts</h2>
    <p class="quiz-help">Reading your saved contacts…</p>
  </section>
);

/** The quiz, the contacts of each account and the account map. */
export default function CustomerTypeQuiz({ questions, articles }: Props) {
  const { state, update, startFresh } = useWorksheet(quizWorksheet);
  const [draftId, setDraftId] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [chosenAccount, setChosenAccount] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [focusQuiz, setFocusQuiz] = useState(false);
  const [parts, setParts] = useState<Parts | null>(null);
  // Changes when the rep switches contacts, so the form starts afresh; the first contact keeps the server-rendered form (and its focus).
  const [stepperKey, setStepperKey] = useState(0);
  const data = state.data;

  useEffect(() => {
    if (state.status !== 'ready' || draftId) return;
    const resumed = resumeDraftId(data, readTabDraft());
    const id = resumed ?? newRecordId(Date.now());
    const typed = resumed ? null : typedBeforeReady(accountsOf(liveRecords(data.contacts).map(([, c]) => c))[0] ?? '');
    if (typed) update((all, now) => ({ ...all, drafts: putRecord(all.drafts, id, typed, now) }));
    setDraftId(id);
    writeTabDraft(id);
  }, [state.status, draftId]);
  const loadParts = () => void import('./QuizAccounts').then((module) => setParts(() => module));
  // After the first paint, never on a click: the saved contacts and the map appear on their own.
  useEffect(() => whenIdle(loadParts), []);

  if (state.status === 'loading' || (state.status === 'ready' && !draftId)) {
    return (
      <div class="quiz">
        <div class="visually-hidden" role="status" aria-live="polite" />
        <section class="quiz-panel no-print" aria-labelledby="quiz-heading">
          <h2 id="quiz-heading">Classify a contact</h2>
          <QuizStepper key={0} live={false} questions={questions} draft={blankDraft()} accounts={[]} onChange={noop} onFinish={noop} />
        </section>
        <AccountsPending />
      </div>
    );
  }
  const notice = (
    <StorageNotice
      state={state}
      label="customer type quiz answers"
      fileName={exportFileName(quizWorksheet.worksheet, 'saved data', new Date(), 'json')}
      onStartFresh={startFresh}
    />
  );
  if (state.status === 'invalid' || !draftId) return <div class="quiz">{notice}</div>;

  const contacts: AccountContact[] = liveRecords(data.contacts).map(([id, c]) => ({ id, ...c }));
  const accounts = accountsOf(contacts);
  const stored = data.drafts[draftId];
  const account =
    accounts.find((a) => accountKey(a) === accountKey(chosenAccount)) ??
    accounts.find((a) => stored && accountKey(a) === accountKey(stored.value.account)) ??
    accounts[0];
  const draft: Draft = stored && !stored.deleted ? stored.value : blankDraft(account ?? '');

  const switchDraft = (id: string) => {
    setStepperKey((k) => k + 1);
    setDraftId(id);
    writeTabDraft(id);
    setShown(null);
    setFocusQuiz(true);
  };
  const saveDraft = (d: Draft) => update((all, now) => ({ ...all, drafts: putRecord(all.drafts, draftId, d, now) }));
  const finish = (d: Draft) => {
    update((all, now) => finishDraft({ ...all, drafts: putRecord(all.drafts, draftId, d, now) }, draftId, now));
    setChosenAccount(d.account);
    switchDraft(newRecordId(Date.now()));
    setShown(draftId);
    loadParts();
  };
  /** Opens a contact for changes, at its details or at one question. */
  const edit = (id: string, step = 0) => {
    const record = data.contacts[id];
    if (!record) return;
    update((all, now) => ({ ...all, drafts: putRecord(all.drafts, id, { ...contactToDraft(record.value), step }, now) }));
    switchDraft(id);
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
          <parts.UnfinishedList
            drafts={unfinished}
            onResume={switchDraft}
            onDiscard={(id) => update((all, now) => ({ ...all, drafts: deleteRecord(all.drafts, id, now) }))}
          />
        )}
        {shownContact ? (
          parts ? (
            <parts.ResultPanel
              key={shownContact.id}
              contact={shownContact}
              questions={questions}
              articles={articles}
              announce={setAnnouncement}
              onAnother={() => {
                setShown(null);
                setFocusQuiz(true);
              }}
              onEdit={(step) => edit(shownContact.id, step)}
            />
          ) : (
            <p>Working out the result…</p>
          )
        ) : (
          <QuizStepper key={stepperKey} questions={questions} autoFocus={focusQuiz} draft={draft} accounts={accounts} onChange={saveDraft} onFinish={finish} />
        )}
      </section>
      {parts ? (
        <parts.AccountSection
          data={data}
          accounts={accounts}
          account={account}
          contacts={account ? contactsOfAccount(contacts, account) : []}
          onSelect={setChosenAccount}
          onShow={setShown}
          onEdit={edit}
          onDeleted={(id) => shown === id && setShown(null)}
          announce={setAnnouncement}
          update={update}
        />
      ) : (
        <AccountsPending />
      )}
    </div>
  );
}
