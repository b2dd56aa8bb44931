/**
 * The ideal-customer checklist island, in three steps: rate a customer (the form closes to a
 * one-line summary once saved, and focus moves to the customer's row in the ranking); see them
 * ranked with score bars and compared on every criterion; draw the best-customer portrait and
 * list seven sources. Then export, import or print. All data goes through the shared worksheet
 * state (`useWorksheet`); scores are recomputed, never stored. The server renders the empty
 * worksheet exactly as the island first draws it; where this browser has saved customers (the
 * page marks that before the first paint) the ranking holds a screen's height, so the saved rows
 * never push visible content. Only the rating grid and the criteria's wording load later.
 * Over 100 lines because it wires the three steps to one worksheet state and moves focus between
 * them; each step's markup is its own component, and splitting the wiring further would add to the
 * JavaScript loaded before interaction, which is at its budget.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { addCustomer, customerList, importChecklist, newCustomerId, portraitOf, rateCustomer, removeCustomer, restoreCustomer, sourceTexts, updatePortrait, updateSource } from '../../../lib/worksheets/ideal-customer-checklist/records';
import { checklistWorksheet } from '../../../lib/worksheets/ideal-customer-checklist/schemas';
import { rankCustomers } from '../../../lib/worksheets/ideal-customer-checklist/assess';
import { exportFileName } from '../../../lib/worksheets/state';
import { useWorksheet } from '../shared/use-worksheet';
import StorageNotice from '../shared/StorageNotice';
import type { Removal } from '../../../lib/worksheets/undo';
import { whenIdle } from '../../../browser/worksheets/when-idle';
import AddCustomerForm from './AddCustomerForm';
import ComparisonGrid from './ComparisonGrid';
import EmptyRanking from './EmptyRanking';
import ExportControls from './ExportControls';
import PortraitForm from './PortraitForm';
import RankedTable, { rowId } from './RankedTable';
import RatedSummary from './RatedSummary';
import SameRow from './SameRow';
import SourcesForm from './SourcesForm';
import type { ArticleLinks } from './types';

interface Props {
  articles: ArticleLinks;
}

type Parts = typeof import('./ChecklistParts');
type Focus = { to: 'rating' } | { to: 'row'; id: string } | null;

/** Focuses a customer's row in the ranking, with the one-line summary above it in view where the screen allows. */
function showRow(id: string) {
  const row = document.getElementById(rowId(id));
  if (!row) return;
  row.focus({ preventScroll: true });
  document.getElementById('score-heading')?.scrollIntoView({ block: 'start' });
  if (row.getBoundingClientRect().bottom > innerHeight) row.scrollIntoView({ block: 'nearest' });
}

/** The whole worksheet. */
export default function IdealCustomerChecklist({ articles }: Props) {
  const { state, update, startFresh } = useWorksheet(checklistWorksheet);
  const [selected, setSelected] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Removal | null>(null);
  const [focus, setFocus] = useState<Focus>(null);
  const [parts, setParts] = useState<Parts | null>(null);
  const ratingHeading = useRef<HTMLHeadingElement | null>(null);
  const loadParts = () => void import('./ChecklistParts').then((m) => setParts(() => m));
  useEffect(() => whenIdle(loadParts), []);

  useEffect(() => {
    if (focus?.to === 'rating' && ratingHeading.current) ratingHeading.current.focus();
    else if (focus?.to === 'row') showRow(focus.id);
    else return;
    setFocus(null);
  }, [focus, selected, parts]);

  const data = state.data;
  const customers = customerList(data);
  const ranked = rankCustomers(customers);
  const current = customers.find((c) => c.id === selected);
  const last = selected === null ? customers.find((c) => c.id === saved) : undefined;
  const top = ranked.find((r) => r.result.verdict === 'keep')?.customer;
  const ready = state.status === 'ready';
  const open = (id: string) => {
    setSelected(id);
    setFocus({ to: 'rating' });
    loadParts();
  };
  const close = (id: string) => {
    setSelected(null);
    setSaved(id);
    setFocus({ to: 'row', id });
  };

  return (
    <div class="checklist" data-ready={state.status === 'loading' ? undefined : ''} data-parts={parts ? '' : undefined}>
      {state.status !== 'loading' && (
        <StorageNotice state={state} label="checklist" fileName={exportFileName(checklistWorksheet.worksheet, 'saved', new Date(), 'json')} onStartFresh={startFresh} />
      )}
      <section class="checklist-part checklist-score no-print" aria-labelledby="score-heading">
        <h2 id="score-heading"><span class="step-number num">1</span> Rate a customer</h2>
        <AddCustomerForm
          onAdd={(name) => {
            if (!ready) return;
            const id = newCustomerId(data, Date.now());
            update((d, now) => addCustomer(d, id, name, now));
            open(id);
          }}
        />
        {current && !parts && <p>Opening {current.name}…</p>}
        {current && parts && (
          <parts.RatingForm
            customer={current}
            articles={articles}
            headingRef={(el) => (ratingHeading.current = el)}
            onRate={(criterion, level) => update((d, now) => rateCustomer(d, current.id, criterion, level, now))}
            onDone={() => close(current.id)}
          />
        )}
        {last && <RatedSummary customer={last} onReopen={() => open(last.id)} />}
      </section>
      <section class="checklist-part checklist-ranking" aria-labelledby="ranking-heading">
        <h2 id="ranking-heading"><span class="step-number num">2</span> Ranked and compared</h2>
        {parts ? (
          <parts.UndoNotice removed={removed} verb="Removed" undoing="removing" class="undo-row" onUndo={(id) => (update((d, now) => restoreCustomer(d, id, now)), setRemoved(null))} restored={(id) => document.getElementById(rowId(id))} />
        ) : (
          <div role="status" class="undo-row" />
        )}
        {ranked.length === 0 ? (
          <EmptyRanking />
        ) : (
          <>
            <RankedTable
              ranked={ranked}
              onScore={open}
              onRemove={(id) => {
                const name = customers.find((c) => c.id === id)?.name ?? '';
                update((d, now) => removeCustomer(d, id, now));
                if (selected === id) setSelected(null);
                setRemoved({ id, name });
                loadParts();
              }}
            />
            <ComparisonGrid ranked={ranked} scales={parts?.criterionGuides} />
          </>
        )}
      </section>
      <section class="checklist-part checklist-portrait" aria-labelledby="portrait-heading">
        <h2 id="portrait-heading"><span class="step-number num">3</span> Portrait and sources</h2>
        <div class="portrait-sources">
          {/* Redrawn only when the portrait, the customers' names or the top customer change, not on every rating. */}
          <SameRow
            signature={`${JSON.stringify(portraitOf(data))}|${top?.id}|${ranked.map((r) => `${r.customer.id}:${r.customer.name}`).join('|')}`}
            render={() => <PortraitForm portrait={portraitOf(data)} customers={ranked.map((r) => r.customer)} top={top} onChange={(change) => update((d, now) => updatePortrait(d, change, now))} />}
          />
          <SourcesForm texts={sourceTexts(data)} onChange={(id, text) => update((d, now) => updateSource(d, id, text, now))} />
        </div>
      </section>
      <section class="checklist-part no-print" aria-labelledby="export-heading">
        <h2 id="export-heading">Save, share, print</h2>
        <p>Your work is saved in this browser as you go. Export it to keep a copy or move it to another browser.</p>
        <ExportControls data={data} onImport={(incoming, mode) => update((d, now) => importChecklist(d, incoming, mode, now))} />
      </section>
    </div>
  );
}
