/**
 * The ranked table: sortable by column, an inline value-profile bar per customer, and windowed
 * rows (only those in view are drawn) so thousands of customers stay quick. It sits in a box of
 * fixed height, the same before and after the saved data loads. Below about 600 px rows become cards.
 * Over 100 lines because the windowing (measure, scroll, spacer rows) and the sortable header
 * work on the same rows; the sorting itself is in `lib/worksheets/customer-value/table.ts`.
 */
import { counted } from '../../../lib/site/plural';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { currencyLabel, type CurrencyCode } from '../../../lib/worksheets/customer-value/currency';
import { money } from '../../../lib/worksheets/customer-value/format';
import { distinctCuts } from '../../../lib/worksheets/customer-value/name-cut';
import type { ScoredCustomer } from '../../../lib/worksheets/customer-value/score';
import { nextSort, sortRows, visibleRange, type SortKey, type TableSort } from '../../../lib/worksheets/customer-value/table';
import { barParts, barScale } from '../../../lib/worksheets/customer-value/value-bar';
import ValueBar from './ValueBar';

interface Props {
  customers: ScoredCustomer[];
  currency?: CurrencyCode | '';
  loading: boolean;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}

const columns: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Customer' },
  { key: 'tier', label: 'Tier' },
  { key: 'cev', label: 'Engagement value (CEV)' },
  { key: 'clv', label: 'CLV' },
  { key: 'contribution', label: 'Yearly contribution' },
  { key: 'rfm', label: 'R F M' },
];

/** Rows drawn all at once up to this many; windowed above it (and in print, up to `printMax`). */
const windowFrom = 60;
const printMax = 1000;
/** Names longer than this are cut so what tells look-alikes apart stays (the full name on hover and focus). */
const nameMax = 30;

/** The table with its sort buttons and legend. */
export default function ValueTable({ customers, currency = '', loading, onEdit, onRemove }: Props) {
  const [sort, setSort] = useState<TableSort>({ key: 'cev', direction: 'descending' });
  const [view, setView] = useState({ top: 0, height: 448, row: 48 });
  const [printing, setPrinting] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => sortRows(customers, sort), [customers, sort]);
  const cuts = useMemo(() => distinctCuts(customers.map((c) => c.customer.name), nameMax), [customers]);
  const scale = useMemo(() => barScale(customers), [customers]);

  const measure = () => {
    const el = box.current;
    const row = el?.querySelector<HTMLElement>('tr.cv-row');
    if (el) setView((v) => ({ top: el.scrollTop, height: el.clientHeight, row: row?.offsetHeight || v.row }));
  };
  useLayoutEffect(measure, [rows.length > 0]);
  useEffect(() => {
    // Print shows every row (up to printMax): Chromium reports print through matchMedia, other browsers through the print events.
    const print = matchMedia('print');
    const onMedia = () => setPrinting(print.matches);
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    print.addEventListener('change', onMedia);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    addEventListener('resize', measure);
    return () => {
      print.removeEventListener('change', onMedia);
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      removeEventListener('resize', measure);
    };
  }, []);

  const windowed = rows.length > windowFrom && !printing;
  const { start, end } = windowed ? visibleRange(view.top, view.height, view.row, rows.length) : { start: 0, end: Math.min(rows.length, printing ? printMax : rows.length) };
  const shown = rows.slice(start, end);
  const sortLabel = columns.find((c) => c.key === sort.key)!.label;

  return (
    <div class="cv-ranked">
      <div class="cv-table-box" ref={box} tabIndex={0} role="region" aria-labelledby="cv-table-caption" onScroll={measure} style={{ '--rows': Math.max(2, rows.length) }}>
        <table class="cv-table" aria-rowcount={rows.length + 1}>
          <caption id="cv-table-caption">
            {counted(rows.length, 'customer')}, sorted by {sortLabel} ({sort.direction}){currency ? `; amounts in ${currencyLabel(currency)}` : ''}{windowed ? '; scroll to see more' : ''}
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" class="cv-rank"><span class="cv-th-text">Rank</span></th>
              {columns.map((col) => (
                <th scope="col" key={col.key} class={`cv-col-${col.key}`} aria-sort={sort.key === col.key ? sort.direction : undefined}>
                  <button type="button" class="cv-sort" onClick={() => setSort(nextSort(sort, col.key))}>
                    {col.label}
                    <span aria-hidden="true">{sort.key !== col.key ? ' ↕' : sort.direction === 'ascending' ? ' ↑' : ' ↓'}</span>
                  </button>
                </th>
              ))}
              <th scope="col" class="cv-actions no-print"><span class="cv-th-text">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {start > 0 && <tr class="cv-spacer" aria-hidden="true" style={{ height: `${start * view.row}px` }}><td colSpan={8} /></tr>}
            {shown.map((c, i) => (
              <tr key={c.id} class="cv-row" data-customer={c.id} data-tier={c.tier} aria-rowindex={start + i + 2}>
                <td class="cv-rank num">{c.rank}</td>
                <th scope="row" class="cv-name" title={c.customer.name}>{cuts.get(c.customer.name) === c.customer.name ? c.customer.name : <><span class="cv-cut" aria-hidden="true">{cuts.get(c.customer.name)}</span><span class="cv-full">{c.customer.name}</span></>}</th>
                <td class="cv-col-tier"><span class={`cv-tier cv-tier-${c.tier}`}>{c.tier}</span></td>
                <td class="cv-col-cev"><span class="num cv-cev">{money(c.cev)}</span><ValueBar parts={barParts(c, scale)} name={`${c.customer.name}, value profile`} /></td>
                <td class="cv-col-clv num" data-label="CLV">{money(c.clv)}</td>
                <td class="cv-col-contribution num" data-label="Yearly">{money(c.contribution)}</td>
                <td class="cv-col-rfm num" data-label="R F M">{c.r} {c.f} {c.m}</td>
                <td class="cv-actions no-print">
                  <button type="button" class="button" onClick={() => onEdit(c.id)}>Edit <span class="visually-hidden">{c.customer.name}</span></button>
                  <button type="button" class="button" onClick={() => onRemove(c.id)}>Remove <span class="visually-hidden">{c.customer.name}</span></button>
                </td>
              </tr>
            ))}
            {end < rows.length && windowed && <tr class="cv-spacer" aria-hidden="true" style={{ height: `${(rows.length - end) * view.row}px` }}><td colSpan={8} /></tr>}
            {rows.length === 0 && (
              <tr class="cv-empty"><td colSpan={8}>{loading ? 'Loading your saved customers…' : 'No customers yet. Add one above, paste rows from a spreadsheet or import a CSV file.'}</td></tr>
            )}
          </tbody>
        </table>
      </div>
      {printing && rows.length > printMax && <p>The first {printMax} of {rows.length} customers are printed; export the CSV for all of them.</p>}
    </div>
  );
}
