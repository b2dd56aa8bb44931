/** Export one account or everything (JSON, CSV), and print the account map. */
import { accountContacts, accountCsv, accountFileName, accountJson, allContacts, allFileName, allJson } from '../../../lib/worksheets/customer-type-quiz/export';
import type { QuizData } from '../../../lib/worksheets/customer-type-quiz/schemas';
import { downloadText } from '../../../browser/worksheets/browser-store';
import { repName } from '../../../browser/worksheets/rep-name-store';
import RepNameField from '../shared/RepNameField';

interface Props {
  account: string;
  data: QuizData;
}

/** Buttons that download an account or every account, or open the print dialog for the map. */
export default function AccountTools({ account, data }: Props) {
  const now = () => new Date();
  const json = (name: string, text: string) => downloadText(name, 'application/json', text);
  const csv = (name: string, text: string) => downloadText(name, 'text/csv', text);
  return (
    <div class="account-tools">
      <h3>Export or print</h3>
      <RepNameField id="rep-name-quiz" />
      <div class="account-tools-grid">
        <div>
          <p class="account-tools-label">{account}</p>
          <p class="button-row">
            <button type="button" class="button" onClick={() => json(accountFileName(account, now(), 'json'), accountJson(data, account, now(), repName()))}>
              Export JSON
            </button>{' '}
            <button type="button" class="button" onClick={() => csv(accountFileName(account, now(), 'csv'), accountCsv(accountContacts(data, account), repName()))}>
              Export CSV
            </button>{' '}
            <button type="button" class="button" onClick={() => print()}>
              Print the account map
            </button>
          </p>
        </div>
        <div>
          <p class="account-tools-label">Every account</p>
          <p class="button-row">
            <button type="button" class="button" onClick={() => json(allFileName(now(), 'json'), allJson(data, now(), repName()))}>
              Export everything (JSON)
            </button>{' '}
            <button type="button" class="button" onClick={() => csv(allFileName(now(), 'csv'), accountCsv(allContacts(data), repName()))}>
              Export everything (CSV)
            </button>
          </p>
        </div>
      </div>
      <p class="quiz-help">Both kinds of file can be imported again on this page, in any browser. CSV opens in a spreadsheet.</p>
    </div>
  );
}
