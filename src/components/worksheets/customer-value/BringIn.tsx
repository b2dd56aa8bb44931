/**
 * The three ways customers come in: typed one by one, pasted from a spreadsheet, or a CSV file.
 * Pasted rows and files go through the mapping step (`SheetImport`), which loads, with papaparse, only then.
 * A little over 100 lines: the three ways in share one message line and one lazy mapping step.
 */
import { counted } from '../../../lib/site/plural';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CurrencyCode } from '../../../lib/worksheets/customer-value/currency';
import type { MergeChoice, MergeItem } from '../../../lib/worksheets/customer-value/merge';
import { addCustomer, cleanName, customerEntries, newCustomerId } from '../../../lib/worksheets/customer-value/records';
import type { ValueData } from '../../../lib/worksheets/customer-value/schemas';
import type { ImportExtras } from './SheetImport';
import { useModule } from '../shared/use-module';
import FileButton from '../shared/FileButton';
import type { FileRefusal } from '../../../lib/worksheets/import-file';

/** The file checks load with the first file or paste, not with the page. */
const fileChecks = () => import('../../../lib/worksheets/import-file');

interface Props {
  data: ValueData;
  ready: boolean;
  update: (change: (data: ValueData, now: number) => ValueData) => void;
  onAdded: (id: string) => void;
  currency: CurrencyCode | '';
  /** Applies a reviewed import (keeping a backup first); returns what it did. */
  onApplyImport: (plan: MergeItem[], choices: (MergeChoice | undefined)[], extras: ImportExtras, source: string) => Promise<{ added: number; updated: number; kept: number }>;
}

/** Add form, paste box and file picker; the mapping step appears below them. */
export default function BringIn({ data, ready, update, onAdded, currency, onApplyImport }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [pasting, setPasting] = useState(false);
  const [sheet, setSheet] = useState<{ text: string; source: string; key: number } | null>(null);
  const [message, setMessage] = useState('');
  const mapper = useModule(() => import('./SheetImport'), sheet !== null);
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (pasting) pasteBox.current?.focus();
  }, [pasting]);

  const add = (event: Event) => {
    event.preventDefault();
    const clean = cleanName(name);
    if (!clean) return setError('Type the customer’s name first.');
    const id = newCustomerId(data, Date.now());
    update((d, now) => addCustomer(d, id, clean, now));
    setName('');
    setError('');
    onAdded(id);
  };
  // Too large, not text or too many rows: refused with the reason before the mapping step (src/lib/worksheets/import-file.ts).
  const refused = (source: string, why: FileRefusal) => (setSheet(null), setMessage(`Nothing was imported from ${source}. ${why.held} ${why.problems.join(' ')}`));
  const bringIn = async (text: string, source: string) => {
    const tooLong = (await fileChecks()).checkRowCount(text, { many: 'customers' });
    if (tooLong) refused(source, tooLong);
    else setSheet({ text, source, key: Date.now() });
  };
  const onFile = async (file: File) => {
    const read = await (await fileChecks()).readImportText(file);
    if (read.ok) await bringIn(read.text, file.name);
    else refused(file.name, read);
  };

  return (
    <div class="cv-bring">
      <form class="cv-add" onSubmit={add} noValidate>
        <label for="cv-name">Customer name</label>
        <div class="cv-inline">
          <input id="cv-name" type="text" autocomplete="off" maxLength={120} value={name} aria-describedby={error ? 'cv-name-error' : undefined} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="button primary" disabled={!ready}>Add customer</button>
        </div>
        {error && <p id="cv-name-error" class="cv-error">{error}</p>}
      </form>
      <div class="cv-sheet-start">
        <p class="cv-or">Or bring in many at once, with a header row:</p>
        <div class="button-row">
          <button type="button" class="button" aria-expanded={pasting} onClick={() => setPasting(!pasting)} disabled={!ready}>
            Paste from a spreadsheet
          </button>
          <FileButton id="cv-file" label="Import a CSV file" accept=".csv,.tsv,.txt,text/csv,text/plain" disabled={!ready} onFile={(file) => void onFile(file)} />
        </div>
      </div>
      {pasting && (
        <form
          class="cv-paste"
          onSubmit={(e) => {
            e.preventDefault();
            const text = pasteBox.current?.value ?? '';
            if (text.trim()) void bringIn(text, 'the pasted rows');
          }}
        >
          <label for="cv-paste-box">Rows copied from a spreadsheet, header row first</label>
          <textarea id="cv-paste-box" ref={pasteBox} rows={5} spellcheck={false} />
          <button type="submit" class="button">Read the pasted rows</button>
        </form>
      )}
      <div role="status" class="cv-import-status">{message && <p>{message}</p>}</div>
      {sheet && !mapper && <p>Reading {sheet.source}…</p>}
      {sheet && mapper && (
        <mapper.default
          key={sheet.key}
          text={sheet.text}
          source={sheet.source}
          existing={customerEntries(data)}
          currency={currency}
          onCancel={() => (setSheet(null), setMessage(`Nothing was imported from ${sheet.source}.`))}
          onApply={async (plan, choices, extras) => {
            const { added, updated, kept } = await onApplyImport(plan, choices, extras, sheet.source);
            setSheet(null);
            setPasting(false);
            setMessage(`Imported ${counted(added, 'new customer')}${updated ? ` and updated ${updated}` : ''} from ${sheet.source}.${kept ? ` ${kept} kept as they were.` : ''}`);
          }}
        />
      )}
    </div>
  );
}
