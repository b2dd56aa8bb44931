/** All customers ranked with their verdicts; sortable by column and filterable by verdict (about 100 lines: the table's markup).
 * Its one plural stays inline: `counted()` here would put `plural.ts` in a chunk of its own on both the
 * checklist and the value page, over the value page's JavaScript budget before interaction. */
import { useRef, useState } from 'preact/hooks';
import { verdictHues, verdictIds, verdicts } from '../../../lib/worksheets/ideal-customer-checklist/criteria';
import type { CustomerEntry } from '../../../lib/worksheets/ideal-customer-checklist/records';
import type { RankedCustomer } from '../../../lib/worksheets/ideal-customer-checklist/assess';
import SameRow from './SameRow';
import { arrangeRows, nextSort, type SortKey, type TableSort, type VerdictFilter } from '../../../lib/worksheets/ideal-customer-checklist/table';

interface Props {
  ranked: RankedCustomer<CustomerEntry>[];
  onScore: (id: string) => void;
  onRemove: (id: string) => void;
}

/** The id of a customer's row heading, where focus goes once its rating is saved. */
export const rowId = (id: string) => `ranked-${id}`;

const columns: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Customer' },
  { key: 'score', label: 'Score' },
  { key: 'verdict', label: 'Verdict' },
];

/** The ranked table; "Score" opens a customer's ratings, "Remove" deletes it (the island offers an undo). */
export default function RankedTable({ ranked, onScore, onRemove }: Props) {
  const [sort, setSort] = useState<TableSort>({ key: 'score', direction: 'descending' });
  const [filter, setFilter] = useState<VerdictFilter>('all');
  const rows = arrangeRows(ranked, sort, filter);
  // Rows skip redraws (SameRow), so their buttons call the latest handlers through a ref.
  const latest = useRef({ onScore, onRemove });
  latest.current = { onScore, onRemove };
  return (
    <div class="ranked">
      <p class="table-tools no-print">
        <label for="verdict-filter">Show</label>{' '}
        <select id="verdict-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as VerdictFilter)}>
          <option value="all">All verdicts</option>
          {verdictIds.map((id) => (
            <option value={id} key={id}>
              {verdicts[id].label}
            </option>
          ))}
        </select>
      </p>
      <div class="table-scroll">
        <table class="ranking">
          <caption>
            {rows.length} of {ranked.length} {ranked.length === 1 ? 'customer' : 'customers'} shown, sorted by {columns.find((c) => c.key === sort.key)?.label.toLowerCase()} ({sort.direction})
          </caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              {columns.map((col) => (
                <th scope="col" key={col.key} aria-sort={sort.key === col.key ? sort.direction : undefined}>
                  <button type="button" class="sort" onClick={() => setSort(nextSort(sort, col.key))}>
                    {col.label}
                    <span aria-hidden="true">{sort.key !== col.key ? ' ↕' : sort.direction === 'ascending' ? ' ↑' : ' ↓'}</span>
                  </button>
                </th>
              ))}
              <th scope="col" class="no-print">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ customer, result, rank }) => (
              <SameRow key={customer.id} signature={`${rank}|${customer.name}|${result.score}|${result.verdict}`} render={() => (
              <tr data-verdict={result.verdict}>
                <td class="rank-cell num" data-label="Rank">{rank ?? '–'}</td>
                <th scope="row" class="name-cell" id={rowId(customer.id)} tabIndex={-1}>{customer.name}</th>
                <td class="score-cell" data-label="Score">
                  <span class="num">{result.score ?? '–'}</span>
                  <span class={`score-bar hued`} style={`--hue: ${verdictHues[result.verdict]}`} aria-hidden="true">
                    <span style={`width: ${result.score ?? 0}%`} />
                  </span>
                </td>
                <td class="verdict-cell" data-label="Verdict">
                  <span class={`verdict-tag hued verdict-${result.verdict}`} style={`--hue: ${verdictHues[result.verdict]}`}>{verdicts[result.verdict].label}</span>
                </td>
                <td class="no-print row-actions">
                  <span class="button-row">
                    <button type="button" class="button" onClick={() => latest.current.onScore(customer.id)}>
                      {result.verdict === 'incomplete' ? 'Continue' : 'Rescore'}
                      {' '}<span class="visually-hidden">{customer.name}</span>
                    </button>
                    <button type="button" class="button" onClick={() => latest.current.onRemove(customer.id)}>
                      Remove{' '}<span class="visually-hidden">{customer.name}</span>
                    </button>
                  </span>
                </td>
              </tr>
              )} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p>No customer has this verdict.</p>}
    </div>
  );
}
