/**
 * The customer type quiz island. State lives in localStorage through the shared worksheet hook:
 * `{ contacts, drafts }` (see `src/lib/customer-types/schemas.ts`). The contact being classified
 * is a draft saved on every change; finishing it turns it into a contact with the same id.
 * Results, contacts, the account map, export and import load on demand (`QuizAccounts`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AccountContact } from '../../lib/customer-types/account';
import { accountKey, accountsOf, contactsOfAccount } from '../../lib/customer-types/account-names';
import { blankDraft, contactToDraft, finishDraft, newRecordId, otherDrafts, resumeDraftId } from '../../lib/customer-types/quiz-flow';
import { quizWorksheet, type Draft } from '../../lib/customer-types/schemas';
import { deleteRecord, exportFileName, liveRecords, putRecord } from '../../lib/worksheet-state';
import StorageNotice from '../worksheet/StorageNotice';
import { useWorksheet } from '../worksheet/use-worksheet';
import AccountSummary from './AccountSummary';
import QuizStepper from './QuizStepper';
import type { Question } from '../../lib/customer-types/questions';
import type { ArticleLinks } from './ResultPanel';
import { readTabDraft, writeTabDraft } from './tab-draft';

interface Props {
  /** The questions, worded by the page (`questions.ts`). */
  questions: Question[];
  /** Titles, numbers and links of the articles results point to (built by the page, under the site base). */
  articles: ArticleLinks;
  /** Server-rendered questions shown until the saved data is read (and all along without JavaScript). */
  children?: ComponentChildren;
}

type Parts = typeof import('./QuizAccounts');

/** The quiz, the contacts of each account and the account map. */
export default function CustomerTypeQuiz({ questions, articles, children }: Props) {
  const { state, update, startFresh } = useWorksheet(quizWorksheet);
  const [draftId, setDraftId] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [chosenAccount, setChosenAccount] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [focusQuiz, setFocusQuiz] = useState(false);
  const [parts, setParts] = useState<Parts | null>(null);
  const [openedAccounts, setOpenedAccounts] = useState(false);
  const data = state.data;

  useEffect(() => {
    if (state.status !== 'ready' || draftId) return;
    const id = resumeDraftId(data, readTabDraft()) ?? newRecordId(Date.now());
    setDraftId(id);
    writeTabDraft(id);
  }, [state.status, draftId]);
  const loadParts = () => void import('./QuizAccounts').then((module) => setParts(() => module));
  useEffect(() => {
    if (draftId && !parts && otherDrafts(data, draftId).length > 0) loadParts();
  }, [data, draftId]);

  if (state.status === 'loading') return <div class="quiz">{children}</div>;
  const notice = (
    <StorageNotice
      state={state}
      label="customer type quiz answers"
      fileName={exportFileName(quizWorksheet.worksheet, 'saved data', new Date(), 'json')}
      onStartFresh={startFresh}
    />
  );
  if (state.status === 'invalid' || !draftId) return notice;

  const contacts: AccountContact[] = liveRecords(data.contacts).map(([id, c]) => ({ id, ...c }));
  const accounts = accountsOf(contacts);
  const stored = data.drafts[draftId];
  const account =
    accounts.find((a) => accountKey(a) === accountKey(chosenAccount)) ??
    accounts.find((a) => stored && accountKey(a) === accountKey(stored.value.account)) ??
    accounts[0];
  const draft: Draft = stored && !stored.deleted ? stored.value : blankDraft(account ?? '');

  const switchDraft = (id: string) => {
    setDraftId(id);
    writeTabDraft(id);
    setShown(null);
    setFocusQuiz(true);
  };
  const saveDraft = (d: Draft) => update((all, now) => ({ ...all, drafts: putRecord(all.drafts, draftId, d, now) }));
  const finish = () => {
    update((all, now) => finishDraft({ ...all, drafts: putRecord(all.drafts, draftId, draft, now) }, draftId, now));
    setChosenAccount(draft.account);
    switchDraft(newRecordId(Date.now()));
    setShown(draftId);
    loadParts();
  };
  const edit = (id: string) => {
    const record = data.contacts[id];
    if (!record) return;
    update((all, now) => ({ ...all, drafts: putRecord(all.drafts, id, contactToDraft(record.value), now) }));
    switchDraft(id);
  };

  const shownContact = shown ? contacts.find((c) => c.id === shown) : undefined;
  const unfinished = otherDrafts(data, draftId);

  return (
    <div class="quiz">
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
              articles={articles}
              announce={setAnnouncement}
              onAnother={() => {
                setShown(null);
                setFocusQuiz(true);
              }}
              onEdit={() => edit(shownContact.id)}
            />
          ) : (
            <p>Working out the result…</p>
          )
        ) : (
          <QuizStepper key={draftId} questions={questions} autoFocus={focusQuiz} draft={draft} accounts={accounts} onChange={saveDraft} onFinish={finish} />
        )}
      </section>
      {parts ? (
        <parts.AccountSection
          focusOnMount={openedAccounts}
          data={data}
          accounts={accounts}
          account={account}
          contacts={account ? contactsOfAccount(contacts, account) : []}
          onSelect={setChosenAccount}
          onShow={(id) => {
            setShown(id);
            loadParts();
          }}
          onEdit={edit}
          onDeleted={(id) => shown === id && setShown(null)}
          announce={setAnnouncement}
          update={update}
        />
      ) : (
        <AccountSummary
          accounts={accounts}
          contacts={contacts}
          onOpen={() => {
            setOpenedAccounts(true);
            loadParts();
          }}
        />
      )}
    </div>
  );
}
