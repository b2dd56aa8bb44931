/**
 * The ideal-customer checklist island: add and rate customers, see them ranked with verdicts and
 * charts, draw the best-customer portrait, list seven sources, and export, import or print.
 * All data goes through the shared worksheet state (`useWorksheet`); scores are recomputed, never stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addCustomer,
  customerList,
  importChecklist,
  newCustomerId,
  portraitOf,
  rateCustomer,
  removeCustomer,
  restoreCustomer,
  sourceTexts,
  updatePortrait,
  updateSource,
} from '../../lib/ideal-customer/records';
import { checklistWorksheet } from '../../lib/ideal-customer/schemas';
import { rankCustomers } from '../../lib/ideal-customer/assess';
import { exportFileName } from '../../lib/worksheet-state';
import { useWorksheet } from '../worksheet/use-worksheet';
import StorageNotice from '../worksheet/StorageNotice';
import AddCustomerForm from './AddCustomerForm';
import ChecklistCharts from './ChecklistCharts';
import ExportControls from './ExportControls';
import PortraitForm from './PortraitForm';
import RankedTable from './RankedTable';
import SourcesForm from './SourcesForm';
import type { ArticleLinks } from './types';
import { useLazy } from './use-lazy';

interface Props {
  articles: ArticleLinks;
}

/** The whole worksheet. */
export default function IdealCustomerChecklist({ articles }: Props) {
  const { state, update, startFresh } = useWorksheet(checklistWorksheet);
  const [selected, setSelected] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ id: string; name: string } | null>(null);
  const [focusRating, setFocusRating] = useState(false);
  const ratingHeading = useRef<HTMLHeadingElement | null>(null);
  // The rating form loads when the first customer is opened (it carries the scales and verdict texts).
  const rating = useLazy(() => import('./RatingForm'), selected !== null);

  useEffect(() => {
    if (focusRating && ratingHeading.current) {
      ratingHeading.current.focus();
      setFocusRating(false);
    }
  }, [focusRating, selected, rating]);

  if (state.status === 'loading') {
    return <p class="checklist-loading">Loading the checklist and your saved customers…</p>;
  }

  const data = state.data;
  const customers = customerList(data);
  const ranked = rankCustomers(customers);
  const current = customers.find((c) => c.id === selected);
  const top = ranked.find((r) => r.result.verdict === 'keep')?.customer;
  const open = (id: string) => {
    setSelected(id);
    setFocusRating(true);
  };

  return (
    <div class="checklist">
      <StorageNotice state={state} label="checklist" fileName={exportFileName(checklistWorksheet.worksheet, 'saved', new Date(), 'json')} onStartFresh={startFresh} />
      <section class="checklist-part no-print" aria-labelledby="score-heading">
        <h2 id="score-heading">1. Score a customer</h2>
        <AddCustomerForm
          onAdd={(name) => {
            const id = newCustomerId(data, Date.now());
            update((d, now) => addCustomer(d, id, name, now));
            open(id);
          }}
        />
        {current && !rating && <p>Opening {current.name}…</p>}
        {current && rating && (
          <rating.default
            customer={current}
            articles={articles}
            headingRef={(el) => (ratingHeading.current = el)}
            onRate={(criterion, level) => update((d, now) => rateCustomer(d, current.id, criterion, level, now))}
            onDone={() => setSelected(null)}
          />
        )}
      </section>
      <section class="checklist-part" aria-labelledby="ranking-heading">
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
        <ChecklistCharts ranked={ranked} focus={current ?? ranked[0]?.customer} />
      </section>
      <section class="checklist-part" aria-labelledby="portrait-heading">
        <h2 id="portrait-heading">3. Best customer portrait</h2>
        <PortraitForm
          portrait={portraitOf(data)}
          customers={ranked.map((r) => r.customer)}
          top={top}
          onChange={(change) => update((d, now) => updatePortrait(d, change, now))}
        />
      </section>
      <section class="checklist-part" aria-labelledby="sources-heading">
        <h2 id="sources-heading">4. Seven sources</h2>
        <SourcesForm texts={sourceTexts(data)} onChange={(id, text) => update((d, now) => updateSource(d, id, text, now))} />
      </section>
      <section class="checklist-part no-print" aria-labelledby="export-heading">
        <h2 id="export-heading">Save, share, print</h2>
        <p>Your work is saved in this browser as you go. Export it to keep a copy or move it to another browser.</p>
        <ExportControls data={data} onImport={(incoming, mode) => update((d, now) => importChecklist(d, incoming, mode, now))} />
      </section>
    </div>
  );
}
