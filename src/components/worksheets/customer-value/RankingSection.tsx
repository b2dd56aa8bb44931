/** Part 2 of the worksheet: the customers ranked by value, with the undo notice, the sheet-wide actions and the cells to fix. */
import { counted } from '../../../lib/site/plural';
import { acceptCustomer, removeCustomer, restoreCustomer } from '../../../lib/worksheets/customer-value/records';
import type { Assumptions, Customer, ValueData } from '../../../lib/worksheets/customer-value/schemas';
import type { ScoredList } from '../../../lib/worksheets/customer-value/score';
import { useState } from 'preact/hooks';
import type { Removal } from '../../../lib/worksheets/undo';
import SheetActions from './SheetActions';
import type { useSheetActions } from './use-sheet-actions';

interface Props {
  /** The parts loaded once the page is idle (null before). */
  more: typeof import('./Insights') | null;
  scored: ScoredList | null;
  /** The customers with a cell to fix (they count in no total). */
  toFix: [string, Customer][];
  /** What an export writes (the saved data with any assumption still being typed). */
  exported: ValueData;
  count: number;
  currency: NonNullable<Assumptions['currency']> | '';
  ready: boolean;
  actions: ReturnType<typeof useSheetActions>;
  onEdit: (id: string) => void;
  /** Called after a customer was removed (it can be brought back with Undo). */
  onRemoved: (id: string) => void;
  engage: () => void;
  update: (change: (data: ValueData, now: number) => ValueData) => void;
}

/** The ranking, or the space held for it until its code has loaded. */
export default function RankingSection({ more, scored, toFix, exported, count, currency, ready, actions, onEdit, onRemoved, engage, update }: Props) {
  const [removed, setRemoved] = useState<Removal | null>(null);
  const remove = (id: string) => {
    const name = scored?.customers.find((c) => c.id === id)?.customer.name ?? '';
    update((d, now) => removeCustomer(d, id, now));
    onRemoved(id);
    setRemoved({ id, name });
  };
  return (
    <section class="cv-part" aria-labelledby="cv-ranking-heading">
      <h2 id="cv-ranking-heading">2. Your customers, ranked by value</h2>
      {more ? (
        <more.UndoNotice removed={removed} verb="Removed" undoing="removing" class="cv-undo" onUndo={(id) => (update((d, now) => restoreCustomer(d, id, now)), setRemoved(null))} restored={(id) => document.querySelector<HTMLElement>(`[data-customer="${CSS.escape(id)}"] button`)} />
      ) : (
        <div role="status" class="cv-undo" />
      )}
      <SheetActions data={exported} count={count} ready={ready} last={actions.last} message={actions.message} onUndo={actions.undo} onClear={() => actions.clear(count)} />
      {more && <more.FixList entries={toFix} onFix={onEdit} onAccept={(id) => update((d, now) => acceptCustomer(d, id, now))} />}
      {more && scored ? <more.TableKey customers={scored.customers} /> : <div class="cv-table-key cv-reserve-key" />}
      {more && scored ? (
        <more.ValueTable customers={scored.customers} currency={currency} loading={!ready} onEdit={onEdit} onRemove={remove} />
      ) : (
        <div class="cv-table-box cv-reserve" style={ready ? { '--rows': Math.max(2, count) } : undefined}>
          <p class="cv-empty-box">
            {!ready ? (
              'Your customers and their values appear here.'
            ) : count === 0 ? (
              'No customers yet. Add one above, paste rows from a spreadsheet or import a CSV file.'
            ) : (
              <button type="button" class="button" onClick={engage}>
                Show the values of your {counted(count, 'saved customer')}
              </button>
            )}
          </p>
        </div>
      )}
    </section>
  );
}
