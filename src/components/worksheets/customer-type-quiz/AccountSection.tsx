/** "Your accounts": pick an account, see its contacts and map, export, print, and import files. */
import { summarizeAccount, type AccountContact } from '../../../lib/worksheets/customer-type-quiz/account';
import { quizWorksheet, type QuizData } from '../../../lib/worksheets/customer-type-quiz/schemas';
import { readQuizFile } from '../../../lib/worksheets/customer-type-quiz/import';
import { contactName, importContacts, removeContact, restoreContact } from '../../../lib/worksheets/customer-type-quiz/records';
import ImportPanel from '../shared/ImportPanel';
import UndoNotice from '../shared/UndoNotice';
import { useUndo } from '../shared/use-undo';
import AccountEmpty from './AccountEmpty';
import AccountMapView from './AccountMapView';
import AccountTools from './AccountTools';
import ContactList from './ContactList';

interface Props {
  data: QuizData;
  accounts: string[];
  account: string | undefined;
  contacts: AccountContact[];
  onSelect: (account: string) => void;
  onShow: (id: string) => void;
  onEdit: (id: string, step?: number) => void;
  /** Called after a contact was deleted (it can be restored with Undo, which the section's notice announces). */
  onDeleted: (id: string) => void;
  /** The worksheet's change function (imports are applied through it). */
  update: (change: (data: QuizData, now: number) => QuizData) => void;
}

/** The account list, the selected account's contacts and map, and the file tools. */
export default function AccountSection(props: Props) {
  const { data, accounts, account, contacts } = props;
  const undo = useUndo((id) => props.update((all, now) => restoreContact(all, id, now)));
  const remove = (id: string) => {
    const name = contactName(data, id);
    props.update((all, now) => removeContact(all, id, now));
    props.onDeleted(id);
    undo.removed({ id, name });
  };
  return (
    <section class="quiz-accounts" aria-labelledby="quiz-accounts-heading">
      <h2 id="quiz-accounts-heading" class="no-print">
        Your accounts
      </h2>
      <UndoNotice
        state={undo.state}
        verb="Deleted"
        undoing="deleting"
        class="no-print"
        noticeClass="callout quiz-undo"
        onUndo={undo.undo}
        restored={(id) => document.querySelector<HTMLElement>(`[data-contact="${CSS.escape(id)}"] button`)}
      />
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
        <AccountEmpty />
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
          onImport={(incoming, mode) => props.update((all, now) => importContacts(all, incoming, mode, now))}
        />
      </div>
    </section>
  );
}
