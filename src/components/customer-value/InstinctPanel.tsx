/**
 * Instinct versus numbers: customers also rated on the ideal-customer checklist in this browser,
 * with their checklist verdict next to their value tier, disagreements first. The checklist's
 * saved data is only read, never changed; the reader loads after the page is shown.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { instinctVersusNumbers, type ChecklistVerdict } from '../../lib/customer-value/instinct';
import type { ScoredList } from '../../lib/customer-value/score';
import { readKey } from '../worksheet/browser-store';

interface Props {
  scored: ScoredList;
  ready: boolean;
  checklistHref: string;
}

/** The comparison table, or a pointer to the checklist when it has no customers with the same names. */
export default function InstinctPanel({ scored, ready, checklistHref }: Props) {
  const [checklist, setChecklist] = useState<ChecklistVerdict[] | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const load = () => void import('../../lib/customer-value/checklist-verdicts').then((m) => live && setChecklist(m.checklistVerdicts(readKey(m.checklistKey))));
    load();
    const onStorage = (e: StorageEvent) => e.key?.includes(':ideal-customer-checklist:') && load();
    addEventListener('storage', onStorage);
    return () => ((live = false), removeEventListener('storage', onStorage));
  }, [ready]);
  const rows = useMemo(() => (checklist ? instinctVersusNumbers(checklist, scored.customers) : []), [checklist, scored]);
  const disagreements = rows.filter((r) => r.agreement === 'disagree').length;

  if (rows.length === 0) {
    return (
      <p class="cv-instinct-empty">
        {checklist === null ? 'Looking for customers you rated on the ideal-customer checklist…' : 'None of these customers is on your ideal-customer checklist in this browser yet. '}
        {checklist !== null && <>Rate a few on the <a href={checklistHref}>ideal-customer checklist</a>, using the same names, to see your instinct next to the numbers.</>}
      </p>
    );
  }
  return (
    <div class="cv-instinct">
      <p>
        {rows.length} {rows.length === 1 ? 'customer is' : 'customers are'} on both worksheets; {disagreements} {disagreements === 1 ? 'disagrees' : 'disagree'}. Where they disagree,
        check the figures and ask what the instinct sees that the numbers miss.
      </p>
      <table class="cv-instinct-table">
        <caption>Checklist verdict next to value tier, disagreements first</caption>
        <thead><tr><th scope="col">Customer</th><th scope="col">Checklist verdict</th><th scope="col">Tier</th><th scope="col">What it means</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} class={`cv-agree-${r.agreement}`}>
              <th scope="row">{r.name}</th>
              <td>{r.verdictLabel}</td>
              <td><span class={`cv-tier cv-tier-${r.tier}`}>{r.tier}</span></td>
              <td>{r.agreement === 'disagree' ? <strong>{r.note}</strong> : r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
