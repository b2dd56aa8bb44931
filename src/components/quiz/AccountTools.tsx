/** Export the account (JSON, CSV) and print its map. */
import { accountContacts, accountCsv, accountFileName, accountJson } from '../../lib/customer-types/export';
import type { QuizData } from '../../lib/customer-types/schemas';
import { downloadText } from '../worksheet/browser-store';

interface Props {
  account: string;
  data: QuizData;
}

/** Buttons that download the account or open the print dialog for its map. */
export default function AccountTools({ account, data }: Props) {
  const now = () => new Date();
  return (
    <div class="account-tools">
      <h3>Export or print {account}</h3>
      <p class="button-row">
        <button
          type="button"
          class="button"
          onClick={() => downloadText(accountFileName(account, now(), 'json'), 'application/json', accountJson(data, account, now()))}
        >
          Export JSON
        </button>{' '}
        <button
          type="button"
          class="button"
          onClick={() => downloadText(accountFileName(account, now(), 'csv'), 'text/csv', accountCsv(accountContacts(data, account)))}
        >
          Export CSV
        </button>{' '}
        <button type="button" class="button" onClick={() => print()}>
          Print the account map
        </button>
      </p>
      <p class="quiz-help">JSON files can be imported again on this page, in any browser. CSV opens in a spreadsheet.</p>
    </div>
  );
}
