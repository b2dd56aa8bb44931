/**
 * The three ways customers come in: typed one by one, pasted from a spreadsheet, or a CSV file.
 * Pasted rows and files go through the mapping step (`SheetImport`), which loads, with papaparse, only then.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { addCustomer, cleanName, newCustomerId } from '../../lib/customer-value/records';
import type { ImportedCustomer } from '../../lib/customer-value/sheet';
import type { ValueData } from '../../lib/customer-value/schemas';
import { useModule } from '../worksheet/use-module';

interface Props {
  data: ValueData;
  ready: boolean;
  update: (change: (data: ValueData, now: number) => ValueData) => void;
  onAdded: (id: string) => void;
  onImportRows: (rows: ImportedCustomer[]) => { added: number; updated: number };
}

/** Add form, paste box and file picker; the mapping step appears below them. */
export default function BringIn({ data, ready, update, onAdded, onImportRows }: Props) {
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
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) setSheet({ text: await file.text(), source: file.name, key: Date.now() });
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
          <input id="cv-file" class="visually-hidden cv-file-input" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={onFile} disabled={!ready} />
          <label class="button cv-file" for="cv-file">Import a CSV file</label>
        </div>
      </div>
      {pasting && (
        <form
          class="cv-paste"
          onSubmit={(e) => {
            e.preventDefault();
            const text = pasteBox.current?.value ?? '';
            if (text.trim()) setSheet({ text, source: 'the pasted rows', key: Date.now() });
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
          onCancel={() => (setSheet(null), setMessage(`Nothing was imported from ${sheet.source}.`))}
          onImport={(rows) => {
            const { added, updated } = onImportRows(rows);
            setSheet(null);
            setPasting(false);
            setMessage(`Imported ${added} new ${added === 1 ? 'customer' : 'customers'}${updated ? ` and updated ${updated}` : ''} from ${sheet.source}.`);
          }}
        />
      )}
    </div>
  );
}
