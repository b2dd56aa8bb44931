/**
 * The mapping step of a sheet import: which column holds which field (guessed from the headers,
 * correctable), a preview, every bad cell named by row, and the choice to import the good rows
 * or none. Loaded, with papaparse, only when a file or a paste comes in.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fieldIds, fields, guessMapping, type FieldId, type Mapping } from '../../lib/customer-value/columns';
import { readSheet } from '../../lib/customer-value/read-sheet';
import { checkSheet, type ImportedCustomer } from '../../lib/customer-value/sheet';

interface Props {
  text: string;
  source: string;
  onImport: (rows: ImportedCustomer[]) => void;
  onCancel: () => void;
}

const shown = 8;

/** Column selects, preview and the import decision for one sheet. */
export default function SheetImport({ text, source, onImport, onCancel }: Props) {
  const sheet = useMemo(() => readSheet(text), [text]);
  const [mapping, setMapping] = useState<Mapping | null>(() => (sheet ? guessMapping(sheet.headers) : null));
  const [showAll, setShowAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const check = useMemo(() => (sheet && mapping ? checkSheet(sheet, mapping) : null), [sheet, mapping]);

  if (!sheet || !mapping || !check || sheet.rows.length === 0) {
    return (
      <div class="cv-mapping callout warning" role="alert">
        <h3 ref={heading} tabIndex={-1}>Nothing to import from {source}</h3>
        <p>It has no rows under a header row. Copy the header row too, or export the file again from your CRM.</p>
        <button type="button" class="button" onClick={onCancel}>Close</button>
      </div>
    );
  }
  const set = (id: FieldId, value: string) => setMapping({ ...mapping, [id]: value === '' ? null : Number(value) });
  const blocked = check.mappingProblems.length > 0;
  const good = check.good.length;
  const messages = showAll ? check.messages : check.messages.slice(0, shown);

  return (
    <div class="cv-mapping" role="group" aria-labelledby="cv-mapping-heading">
      <h3 id="cv-mapping-heading" ref={heading} tabIndex={-1}>Check the columns of {source}</h3>
      <p>
        {sheet.rows.length} {sheet.rows.length === 1 ? 'row' : 'rows'} under the header. Each field below shows the column we guessed;
        change any that is wrong. Row numbers count the header as row 1, as a spreadsheet does.
      </p>
      <fieldset class="cv-columns">
        <legend>Which column holds what</legend>
        {fieldIds.map((id) => (
          <div class="cv-column" key={id}>
            <label for={`cv-map-${id}`}>{fields[id].label}</label>
            <select id={`cv-map-${id}`} value={mapping[id] === null ? '' : String(mapping[id])} onChange={(e) => set(id, e.currentTarget.value)}>
              <option value="">Not in this sheet</option>
              {sheet.headers.map((h, i) => (
                <option value={String(i)} key={i}>{h || `Column ${i + 1}`}</option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      {!blocked && good > 0 && (
        <div class="cv-preview">
          <p>The first {Math.min(3, good)} good {good === 1 ? 'row' : 'rows'} as they will be read:</p>
          <ul>
            {check.good.slice(0, 3).map((row) => (
              <li key={row.row}>
                <strong>{row.name}</strong> (row {row.row}):{' '}
                {fieldIds.filter((id) => id in row.values).map((id) => `${fields[id].noun} ${row.values[id as keyof typeof row.values]}`).join(', ') || 'no figures'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {blocked ? (
        <div class="callout warning" role="alert">
          <ul>{check.mappingProblems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      ) : (
        <div class={check.messages.length ? 'callout warning cv-problems' : 'cv-problems'} role="status">
          <p>
            <strong>{good} {good === 1 ? 'row is' : 'rows are'} ready to import.</strong>{' '}
            {check.badRows.length > 0 && `${check.badRows.length} ${check.badRows.length === 1 ? 'row has' : 'rows have'} problems and would be left out:`}
          </p>
          {messages.length > 0 && <ul class="cv-messages">{messages.map((m) => <li key={m}>{m}</li>)}</ul>}
          {check.messages.length > shown && (
            <button type="button" class="button" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Show fewer problems' : `Show all ${check.messages.length} problems`}
            </button>
          )}
        </div>
      )}
      <p class="button-row">
        <button type="button" class="button primary" disabled={blocked || good === 0} onClick={() => onImport(check.good)}>
          {check.badRows.length ? `Import the ${good} good ${good === 1 ? 'row' : 'rows'}` : `Import ${good} ${good === 1 ? 'row' : 'rows'}`}
        </button>
        <button type="button" class="button" onClick={onCancel}>Import none</button>
      </p>
    </div>
  );
}
