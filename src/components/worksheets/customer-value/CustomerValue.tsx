/**
 * The customer value island: bring customers in (typed, pasted or a CSV file), and see every
 * customer's value, the ranked table, the assumptions, the whale curve, the tiers and instinct
 * versus numbers. Data goes through the shared worksheet state; values are recomputed, never
 * stored. Up front only the data and the ways in load; the values, table and charts (`Insights`)
 * follow once the browser is idle (or on the rep's first interaction, if sooner), into space held
 * for them, so saved work shows without a click and the page neither jumps nor loads more than its
 * budget before anyone touches it.
 */
import { useMemo, useState } from 'preact/hooks';
import { assumptionsOf, customerEntries, needsFix, updateAssumptions, updateCustomer } from '../../../lib/worksheets/customer-value/records';
import { customerValueWorksheet } from '../../../lib/worksheets/customer-value/schemas';
import { exportFileName } from '../../../lib/worksheets/state';
import StorageNotice from '../shared/StorageNotice';
import { useWorksheet } from '../shared/use-worksheet';
import { useModule } from '../shared/use-module';
import BringIn from './BringIn';
import RankingSection from './RankingSection';
import { useAssumptionDraft } from './use-assumption-draft';
import { useSheetActions } from './use-sheet-actions';
import SummaryStrip from './SummaryStrip';
import type { ArticleLinks } from './types';
import { useEngaged } from './use-engaged';

interface Props {
  articles: ArticleLinks;
  checklistHref: string;
}

/** The whole worksheet. */
export default function CustomerValue({ articles, checklistHref }: Props) {
  const { state, update, startFresh } = useWorksheet(customerValueWorksheet);
  const [selected, setSelected] = useState<string | null>(null);
  const [engaged, engage] = useEngaged();
  const more = useModule(() => import('./Insights'), engaged || selected !== null);
  const editor = useModule(() => import('./CustomerEditor'), selected !== null);
  const data = state.data;
  const [draft, typeAssumptions] = useAssumptionDraft(update);
  const entries = useMemo(() => customerEntries(data), [data]);
  const count = entries.length;
  // A customer with a cell to fix counts in no total until fixed: it is scored on its own, for its editor.
  const [counted, toFix] = useMemo(() => [entries.filter(([, c]) => !needsFix(c)), entries.filter(([, c]) => needsFix(c))], [entries]);
  const saved = assumptionsOf(data);
  const currency = saved.currency ?? '';
  const assumptions = useMemo(() => (draft ? { ...saved, ...draft } : saved), [data, draft]);
  const scored = useMemo(() => (more ? more.scoreList(counted, assumptions, new Date()) : null), [counted, assumptions, more]);
  const fixScored = useMemo(() => (more && toFix.length ? more.scoreList(toFix, assumptions, new Date()) : null), [toFix, assumptions, more]);
  const actions = useSheetActions(state.status === 'ready', update);
  // What an export writes: the saved data with any assumption still being typed.
  const exported = useMemo(() => (draft ? updateAssumptions(data, draft, Date.now()) : data), [data, draft]);
  const open = scored?.customers.find((c) => c.id === selected) ?? fixScored?.customers.find((c) => c.id === selected);
  const ready = state.status === 'ready';

  return (
    <div class="cv" data-status={state.status} data-scored={scored ? 'yes' : 'no'}>
      <StorageNotice state={state} label="customer value worksheet" fileName={exportFileName(customerValueWorksheet.worksheet, 'saved', new Date(), 'json')} onStartFresh={startFresh} />
      <SummaryStrip summary={scored?.summary ?? null} count={count} currency={currency} />
      <section class="cv-part no-print" aria-labelledby="cv-bring-heading">
        <h2 id="cv-bring-heading">1. Bring your customers in</h2>
        <BringIn data={data} ready={ready} onAdded={(id) => setSelected(id)} update={update} currency={currency} onApplyImport={actions.applyImport} />
        {selected && !(open && editor) && <p>Opening the customer…</p>}
        {open && editor && (
          <editor.default scored={open} onChange={(change) => update((d, now) => updateCustomer(d, open.id, change, now))} onClose={() => setSelected(null)} />
        )}
      </section>
      <RankingSection
        more={more}
        scored={scored}
        toFix={toFix}
        exported={exported}
        count={count}
        currency={currency}
        ready={ready}
        actions={actions}
        onEdit={setSelected}
        onRemoved={(id) => selected === id && setSelected(null)}
        engage={engage}
        update={update}
      />
      <section class="cv-part no-print" aria-labelledby="cv-assumptions-heading">
        <h2 id="cv-assumptions-heading">3. Assumptions</h2>
        {more ? <more.AssumptionsForm assumptions={assumptions} onChange={typeAssumptions} /> : <div class="cv-reserve cv-reserve-assumptions" />}
      </section>
      <section class="cv-part" aria-labelledby="cv-spread-heading">
        <h2 id="cv-spread-heading">4. Where the profit comes from</h2>
        {more && scored ? <more.WhaleChart scored={scored} /> : <div class="cv-reserve cv-reserve-chart" />}
      </section>
      <section class="cv-part" aria-labelledby="cv-tiers-heading">
        <h2 id="cv-tiers-heading">5. Tiers and next actions</h2>
        {more && scored ? <more.TierList scored={scored} articles={articles} currency={currency} /> : <div class="cv-reserve cv-reserve-tiers" />}
      </section>
      <section class="cv-part" aria-labelledby="cv-instinct-heading">
        <h2 id="cv-instinct-heading">6. Instinct versus numbers</h2>
        {more && scored ? <more.InstinctPanel scored={scored} ready={ready} checklistHref={checklistHref} /> : <div class="cv-reserve cv-reserve-instinct" />}
      </section>
      <section class="cv-part no-print" aria-labelledby="cv-export-heading">
        <h2 id="cv-export-heading">Save, share, print</h2>
        {more && scored ? <more.ExportControls data={exported} scored={scored} update={update} /> : <div class="cv-reserve cv-reserve-export" />}
      </section>
    </div>
  );
}
