/**
 * The mapping step of a sheet import: which column holds which field (remembered from the rep's
 * last file with these headers, else guessed), how figures are read, warnings, currency, every
 * bad cell named by row; then, when rows match customers already here, the merge review. Nothing
 * is saved before the rep decides. Loaded, with papaparse, only when a file or a paste comes in.
 * Over 100 lines because the mapping, its checks and the step to the merge review share one
 * reading of the sheet; its notices, problems and fields are already their own components.
 */
import { counted } from '../../../lib/site/plural';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fieldIds, fields, guessMapping, type FieldId, type Mapping } from '../../../lib/worksheets/customer-value/columns';
import type { CurrencyCode } from '../../../lib/worksheets/customer-value/currency';
import { currencyRefusal, importLabel } from '../../../lib/worksheets/customer-value/import-step';
import { planMerge, type MergeChoice, type MergeItem } from '../../../lib/worksheets/customer-value/merge';
import { guessScales, looksLikeCents, sheetWarnings } from '../../../lib/worksheets/customer-value/plausibility';
import { readSheet } from '../../../lib/worksheets/customer-value/read-sheet';
import type { Customer } from '../../../lib/worksheets/customer-value/schemas';
import { checkSheet } from '../../../lib/worksheets/customer-value/sheet';
import { assumptionsFromNotes, mappingsKey, recallMapping, rememberMapping } from '../../../lib/worksheets/customer-value/sheet-memory';
import { readKey, writeKey } from '../../../browser/worksheets/browser-store';
import ImportNotices, { type Reading } from './ImportNotices';
import MappingFields from './MappingFields';
import MergeReview from './MergeReview';
import SheetProblems from './SheetProblems';

/** What an import brings besides the rows: the currency, and assumptions the file stated. */
export interface ImportExtras {
  currency?: CurrencyCode;
  assumptions?: { retention: number; discount: number; horizon: number };
}

interface Props {
  text: string;
  source: string;
  existing: [string, Customer][];
  currency: CurrencyCode | '';
  onApply: (plan: MergeItem[], choices: (MergeChoice | undefined)[], extras: ImportExtras) => void;
  onCancel: () => void;
}

const centsFields: FieldId[] = ['revenue', 'costToServe', 'referralValue'];

/** Mapping step and merge review for one sheet. */
export default function SheetImport({ text, source, existing, currency, onApply, onCancel }: Props) {
  const sheet = useMemo(() => readSheet(text), [text]);
  const [recalled] = useState(() => (sheet ? recallMapping(readKey(mappingsKey), sheet.headers) : null));
  const [mapping, setMapping] = useState<Mapping | null>(() => (sheet ? recalled ?? guessMapping(sheet.headers, sheet.rows.map((r) => r.cells)) : null));
  const [reversed, setReversed] = useState<FieldId[]>([]);
  const [cents, setCents] = useState(false);
  const [keepOneBad, setKeepOneBad] = useState(false);
  const stated = useMemo(() => assumptionsFromNotes(sheet?.notes), [sheet]);
  const [useStated, setUseStated] = useState(true);
  const [chosen, setChosen] = useState<CurrencyCode | ''>(currency || stated?.currency || '');
  const [plan, setPlan] = useState<MergeItem[] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [plan === null]);
  const suggested = useMemo(() => (sheet && mapping ? guessScales(sheet, mapping) : {}), [sheet, mapping]);
  const centsLikely = useMemo(() => !!sheet && !!mapping && looksLikeCents(sheet, mapping), [sheet, mapping]);
  const scales = useMemo(() => {
    const out: Partial<Record<FieldId, number>> = Object.fromEntries(Object.entries(suggested).filter(([id]) => !reversed.includes(id as FieldId)));
    if (cents) for (const id of centsFields) out[id] = 0.01;
    return out;
  }, [suggested, reversed, cents]);
  const check = useMemo(() => (sheet && mapping ? checkSheet(sheet, mapping, { scales, keepOneBad }) : null), [sheet, mapping, scales, keepOneBad]);
  const oneBad = useMemo(() => (sheet && mapping && !keepOneBad ? checkSheet(sheet, mapping, { scales, keepOneBad: true }).flaggedRows.length : 0), [sheet, mapping, scales, keepOneBad]);

  if (!sheet || !mapping || !check || sheet.rows.length === 0) {
    return (
      <div class="cv-mapping callout warning" role="alert">
        <h3 ref={heading} tabIndex={-1}>Nothing to import from {source}</h3>
        <p>It has no rows under a header row. Copy the header row too, or export the file again from your CRM.</p>
        <button type="button" class="button" onClick={onCancel}>Close</button>
      </div>
    );
  }
  const found = check.currencies.size === 1 ? [...check.currencies.keys()][0]! : null;
  const refusal = currencyRefusal(check.currencies, currency);
  const blocked = check.mappingProblems.length > 0 || refusal !== null || check.good.length === 0;
  const readings: Reading[] = [
    ...(Object.keys(suggested) as FieldId[]).map((id) => ({ id, scale: 100, on: !reversed.includes(id) })),
    ...(centsLikely || cents ? [{ id: 'revenue' as FieldId, scale: 0.01, on: cents }] : []),
  ];
  const extras: ImportExtras = { ...((found ?? chosen) ? { currency: (found ?? chosen) as CurrencyCode } : {}), ...(stated && useStated ? { assumptions: { retention: stated.retention, discount: stated.discount, horizon: stated.horizon } } : {}) };
  const go = () => {
    writeKey(mappingsKey, rememberMapping(readKey(mappingsKey), sheet.headers, mapping));
    const planned = planMerge(existing, check.good);
    if (planned.every((item) => item.kind === 'new')) onApply(planned, [], extras);
    else setPlan(planned);
  };
  if (plan) return <MergeReview plan={plan} source={source} onApply={(choices) => onApply(plan, choices, extras)} onBack={() => setPlan(null)} onCancel={onCancel} />;

  return (
    <div class="cv-mapping" role="group" aria-labelledby="cv-mapping-heading">
      <h3 id="cv-mapping-heading" ref={heading} tabIndex={-1}>Check the columns of {source}</h3>
      <p>
        {counted(sheet.rows.length, 'row')} under the header.{' '}
        {recalled ? 'The columns are set as you chose them for the last file with these headers; ' : 'Each field shows the column we guessed; '}
        change any that is wrong. Row numbers count the header as row 1, as a spreadsheet does.
      </p>
      <MappingFields headers={sheet.headers} mapping={mapping} onChange={(id, column) => setMapping({ ...mapping, [id]: column })} />
      <ImportNotices
        readings={readings}
        onToggle={(r) => (r.scale === 0.01 ? setCents(!cents) : setReversed(r.on ? [...reversed, r.id] : reversed.filter((id) => id !== r.id)))}
        warnings={blocked ? [] : sheetWarnings(check.good, new Date().toISOString().slice(0, 10), centsLikely && !cents)}
        refusal={refusal}
        found={found}
        currency={chosen}
        onCurrency={setChosen}
      />
      {stated && (
        <p class="cv-check">
          <input type="checkbox" id="cv-use-stated" checked={useStated} onChange={(e) => setUseStated(e.currentTarget.checked)} />
          <label for="cv-use-stated">Use the assumptions this file was exported with: retention {stated.retention} %, discount {stated.discount} %, horizon {stated.horizon} years</label>
        </p>
      )}
      {!blocked && (
        <div class="cv-preview">
          <p>The first {counted(Math.min(3, check.good.length), 'row')} as they will be read:</p>
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
      <SheetProblems check={check} oneBad={oneBad} keepOneBad={keepOneBad} refused={refusal !== null} onKeepOneBad={setKeepOneBad} />
      <p class="button-row">
        <button type="button" class="button primary" disabled={blocked} onClick={go}>{importLabel(check, mapping, refusal !== null)}</button>
        <button type="button" class="button" onClick={onCancel}>Import none</button>
      </p>
    </div>
  );
}
