/** "Your accounts": pick an account, see its contacts and map, export, print, and import files. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { summarizeAccount, type AccountContact } from '../../../lib/worksheets/customer-type-quiz/account';
import { quizWorksheet, type QuizData } from '../../../lib/worksheets/customer-type-quiz/schemas';
import { applyImport, deleteRecord, putRecord } from '../../../lib/worksheets/state';
import ImportPanel from '../shared/ImportPanel';
import AccountMapView from './AccountMapView';
import { tierNames } from '../../../lib/worksheets/customer-type-quiz/account-picture';
import AccountTools from './AccountTools';
import ContactList from './ContactList';

/** The quiz's file reader, loaded (with papaparse for CSV) when a file is chosen. */
const readQuizFile = async (text: string, fileName: string, current: QuizData) =>
  (await import('../../../lib/worksheets/customer-type-quiz/import')).readQuizFile(text, fileName, current);

interface Props {
  data: QuizData;
  accounts: string[];
  account: string | undefined;
  contacts: AccountContact[];
  onSelect: (account: string) => void;
  onShow: (id: string) => void;
  onEdit: (id: string, step?: number) => void;
  /** Called after a contact was deleted (it can be restored with Undo). */
  onDeleted: (id: string) => void;
  announce: (text: string) => void;
  /** The worksheet's change function (imports are applied through it). */
  update: (change: (data: QuizData, now: number) => QuizData) => void;
}

/** The account list, the selected account's contacts and map, and the file tools. */
export default function AccountSection(props: Props) {
  const { data, accounts, account, contacts } = props;
  const undoButton = useRef<HTMLButtonElement>(null);
  const [undo, setUndo] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);
  const remove = (id: string) => {
    const name = data.contacts[id]?.value.name ?? '';
    props.update((all, now) => ({ ...all, contacts: deleteRecord(all.contacts, id, now) }));
    props.onDeleted(id);
    setUndo({ id, name });
    props.announce(`Deleted ${name}.`);
  };
  const restore = (id: string) => {
    const record = data.contacts[id];
    if (record) props.update((all, now) => ({ ...all, contacts: putRecord(all.contacts, id, record.value, now) }));
    setUndo(null);
    props.announce(`Restored ${record?.value.name ?? ''}.`);
  };
  return (
    <section class="quiz-accounts" aria-labelledby="quiz-accounts-heading">
      <h2 id="quiz-accounts-heading" class="no-print">
        Your accounts
      </h2>
      {undo && (
        <p class="callout no-print quiz-undo">
          Deleted {undo.name}.{' '}
          <button ref={undoButton} type="button" class="button" onClick={() => restore(undo.id)}>
            Undo
          </button>
        </p>
      )}
      {account ? (
        <>
          <div class="quiz-field no-print">
            <label for="quiz-account-select">Account</label>{' '}
            <select id="quiz-account-select" value={account} onChange={(e) => props.onSelect((e.currentTarget as HTMLSelectElement).value)}>
              {accounts.map((a) => (
                <option key={a} value={a}>{a}</option>
              ))}
            </select>
          </div>
          <div class="no-print">
            <h3>Contacts in {account} ({contacts.length})</h3>
            <ContactList contacts={contacts} onShow={props.onShow} onEdit={props.onEdit} onDelete={remove} />
          </div>
          <AccountMapView account={account} contacts={contacts} map={summarizeAccount(contacts)} />
          <div class="no-print">
            <AccountTools account={account} data={data} />
          </div>
        </>
      ) : (
        <div class="account-empty-state no-print">
          <p>No classified contacts yet. Finish the quiz for a contact, or import a file exported from this page.</p>
          <p class="quiz-help">Each account then gets a map like this one: who holds the budget, who can sway or block the decision, who has no say, and your colleagues apart.</p>
          <div class="account-picture account-sample" aria-hidden="true">
            {Object.values(tierNames).map((name) => (
              <div key={name} class="account-tier">
                <p class="account-sample-label">{name}</p>
                <span class="account-sample-person" />
              </div>
            ))}
          </div>
        </div>
      )}
      <div class="no-print">
        <h3>Import</h3>
        <ImportPanel
          def={quizWorksheet}
          collection="contacts"
          noun={{ one: 'contact', many: 'contacts' }}
          current={data}
          read={readQuizFile}
          accept=".json,.csv,application/json,text/csv"
          label="Import a file exported from this quiz (.json or .csv)"
          onImport={(incoming, mode) => props.update((all, now) => ({ ...all, contacts: applyImport(all.contacts, incoming.contacts, mode, now) }))}
        />
      </div>
    </section>
  );
}
