/**
 * The ideal-customer checklist island: add and rate customers, see them ranked with score bars
 * and compared on every criterion, draw the best-customer portrait, list seven sources, and
 * export, import or print. All data goes through the shared worksheet state (`useWorksheet`);
 * scores are recomputed, never stored. The server renders the empty worksheet exactly as the
 * island first draws it; the ranking section holds at least a screen's height, so saved rows and
 * the parts loaded at idle (`ChecklistParts`) never push visible content.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { addCustomer, customerList, importChecklist, newCustomerId, portraitOf, rateCustomer, removeCustomer, restoreCustomer, sourceTexts, updatePortrait, updateSource } from '../../lib/ideal-customer/records';
import { checklistWorksheet } from '../../lib/ideal-customer/schemas';
import { rankCustomers } from '../../lib/ideal-customer/assess';
import { exportFileName } from '../../lib/worksheet-state';
import { useWorksheet } from '../worksheet/use-worksheet';
import StorageNotice from '../worksheet/StorageNotice';
import { whenIdle } from '../worksheet/when-idle';
import AddCustomerForm from './AddCustomerForm';
import EmptyRanking from './EmptyRanking';
import ExportControls from './ExportControls';
import RankedTable from './RankedTable';
import SameRow from './SameRow';
import type { ArticleLinks } from './types';

interface Props {
  articles: ArticleLinks;
}

type Parts = typeof import('./ChecklistParts');

/** The whole worksheet. */
export default function IdealCustomerChecklist({ articles }: Props) {
  const { state, update, startFresh } = useWorksheet(checklistWorksheet);
  const [selected, setSelected] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ id: string; name: string } | null>(null);
  const [focusRating, setFocusRating] = useState(false);
  const [parts, setParts] = useState<Parts | null>(null);
  const ratingHeading = useRef<HTMLHeadingElement | null>(null);
  const loadParts = () => void import('./ChecklistParts').then((m) => setParts(() => m));
  useEffect(() => whenIdle(loadParts), []);

  useEffect(() => {
    if (focusRating && ratingHeading.current) {
      ratingHeading.current.focus();
      setFocusRating(false);
    }
  }, [focusRating, selected, parts]);

  const data = state.data;
  const customers = customerList(data);
  const ranked = rankCustomers(customers);
  const current = customers.find((c) => c.id === selected);
  const top = ranked.find((r) => r.result.verdict === 'keep')?.customer;
  const ready = state.status === 'ready';
  const open = (id: string) => {
    setSelected(id);
    setFocusRating(true);
    loadParts();
  };

  return (
    <div class="checklist" data-ready={state.status === 'loading' ? undefined : ''}>
      {state.status !== 'loading' && (
        <StorageNotice state={state} label="checklist" fileName={exportFileName(checklistWorksheet.worksheet, 'saved', new Date(), 'json')} onStartFresh={startFresh} />
      )}
      <section class="checklist-part checklist-score no-print" aria-labelledby="score-heading">
        <h2 id="score-heading">1. Score a customer</h2>
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
            onDone={() => setSelected(null)}
          />
        )}
      </section>
      <section class="checklist-part checklist-ranking" aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">2. Your customers, ranked</h2>
        <div role="status" class="undo-row">
          {removed && (
            <p>
              Removed {removed.name}.{' '}
              <button
                type="button"
                class="button"
                onClick={() => {
                  update((d, now) => restoreCustomer(d, removed.id, now));
                  setRemoved(null);
                }}
              >
                Undo{' '}<span class="visually-hidden">removing {removed.name}</span>
              </button>
            </p>
          )}
        </div>
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
              }}
            />
            {parts && <parts.ComparisonGrid ranked={ranked} />}
          </>
        )}
      </section>
      {parts && (
        <>
          <section class="checklist-part" aria-labelledby="portrait-heading">
            <h2 id="portrait-heading">3. Best customer portrait</h2>
            {/* Redrawn only when the portrait, the customers' names or the top customer change, not on every rating. */}
            <SameRow
              signature={`${JSON.stringify(portraitOf(data))}|${top?.id}|${ranked.map((r) => `${r.customer.id}:${r.customer.name}`).join('|')}`}
              render={() => <parts.PortraitForm portrait={portraitOf(data)} customers={ranked.map((r) => r.customer)} top={top} onChange={(change) => update((d, now) => updatePortrait(d, change, now))} />}
            />
          </section>
          <section class="checklist-part" aria-labelledby="sources-heading">
            <h2 id="sources-heading">4. Seven sources</h2>
            <parts.SourcesForm texts={sourceTexts(data)} onChange={(id, text) => update((d, now) => updateSource(d, id, text, now))} />
          </section>
          <section class="checklist-part no-print" aria-labelledby="export-heading">
            <h2 id="export-heading">Save, share, print</h2>
            <p>Your work is saved in this browser as you go. Export it to keep a copy or move it to another browser.</p>
            <ExportControls data={data} onImport={(incoming, mode) => update((d, now) => importChecklist(d, incoming, mode, now))} />
          </section>
        </>
      )}
    </div>
  );
}
