/** "Your accounts": pick an account, see its contacts and map, export, print, and import files. */
import { summarizeAccount, type AccountContact } from '../../../lib/worksheets/customer-type-quiz/account';
import { quizWorksheet, type QuizData } from '../../../lib/worksheets/customer-type-quiz/schemas';
import ImportPanel from '../shared/ImportPanel';
import UndoNotice from '../shared/UndoNotice';
import { useState } from 'preact/hooks';
import type { Removal } from '../../../lib/worksheets/undo';
import AccountEmpty from './AccountEmpty';
import AccountMapView from './AccountMapView';
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
  /** Deletes a contact (Undo, offered and announced by the section's notice, calls `onRestore`). */
  onRemove: (id: string) => void;
  onRestore: (id: string) => void;
  /** Applies the contacts of an imported file. */
  onImport: (incoming: QuizData, mode: 'keep-mine' | 'replace') => void;
}

/** The account list, the selected account's contacts and map, and the file tools. */
export default function AccountSection(props: Props) {
  const { data, accounts, account, contacts } = props;
  const [removed, setRemoved] = useState<Removal | null>(null);
  const remove = (id: string) => {
    props.onRemove(id);
    setRemoved({ id, name: contacts.find((c) => c.id === id)?.name ?? '' });
  };
  return (
    <section class="quiz-accounts" aria-labelledby="quiz-accounts-heading">
      <h2 id="quiz-accounts-heading" class="no-print">
        Your accounts
      </h2>
      <UndoNotice
        removed={removed}
        verb="Deleted"
        undoing="deleting"
        class="no-print"
        noticeClass="callout quiz-undo"
        onUndo={(id) => (props.onRestore(id), setRemoved(null))}
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
          onImport={props.onImport}
        />
      </div>
    </section>
  );
}
