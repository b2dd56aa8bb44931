/** Export one account or everything (JSON, CSV), and print the account map. The export code (with papaparse for CSV) loads on the first export. */
import type { QuizData } from '../../../lib/worksheets/customer-type-quiz/schemas';
import { downloadText } from '../../../browser/worksheets/browser-store';
import { repName } from '../../../browser/worksheets/rep-name-store';
import RepNameField from '../shared/RepNameField';

type Exports = typeof import('../../../lib/worksheets/customer-type-quiz/export');

interface Props {
  account: string;
  data: QuizData;
}

/** Buttons that download an account or every account, or open the print dialog for the map. */
export default function AccountTools({ account, data }: Props) {
  const now = () => new Date();
  /** Loads the export code, then offers the file it writes. */
  const save = (mime: string, file: (e: Exports) => [name: string, text: string]) =>
    void import('../../../lib/worksheets/customer-type-quiz/export').then((e) => {
      const [name, text] = file(e);
      downloadText(name, mime, text);
    });
  const json = (file: (e: Exports) => [string, string]) => save('application/json', file);
  const csv = (file: (e: Exports) => [string, string]) => save('text/csv', file);
  return (
    <div class="account-tools">
      <h3>Export or print</h3>
      <RepNameField id="rep-name-quiz" />
      <div class="account-tools-grid">
        <div>
          <p class="account-tools-label">{account}</p>
          <p class="button-row">
            <button type="button" class="button" onClick={() => json((e) => [e.accountFileName(account, now(), 'json'), e.accountJson(data, account, now(), repName())])}>
              Export JSON
            </button>{' '}
            <button type="button" class="button" onClick={() => csv((e) => [e.accountFileName(account, now(), 'csv'), e.accountCsv(e.accountContacts(data, account), repName())])}>
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
            <button type="button" class="button" onClick={() => json((e) => [e.allFileName(now(), 'json'), e.allJson(data, now(), repName())])}>
              Export everything (JSON)
            </button>{' '}
            <button type="button" class="button" onClick={() => csv((e) => [e.allFileName(now(), 'csv'), e.accountCsv(e.allContacts(data), repName())])}>
              Export everything (CSV)
            </button>
          </p>
        </div>
      </div>
      <p class="quiz-help">Both kinds of file can be imported again on this page, in any browser. CSV opens in a spreadsheet.</p>
    </div>
  );
}
