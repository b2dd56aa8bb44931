/**
 * Instinct versus numbers: customers also rated on the ideal-customer checklist in this browser,
 * with their checklist verdict next to their value tier, each classed agree, partly agree or
 * disagree by the rule in `lib/customer-value/instinct` (stated on the page), disagreements
 * first. The checklist's saved data is only read, never changed; the reader loads after the page
 * is shown.
 */
import { counted } from '../../../lib/site/plural';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { agreementCounts, agreementLabels, agreementOrder, agreementRuleText, instinctVersusNumbers, type ChecklistVerdict } from '../../../lib/worksheets/customer-value/instinct';
import type { ScoredList } from '../../../lib/worksheets/customer-value/score';
import { readKey } from '../../../browser/worksheets/browser-store';

interface Props {
  scored: ScoredList;
  ready: boolean;
  checklistHref: string;
}

const marks = { disagree: '✕', partly: '≈', agree: '✓', unrated: '–' } as const;

/** The comparison table, or a pointer to the checklist when it has no customers with the same names. */
export default function InstinctPanel({ scored, ready, checklistHref }: Props) {
  const [checklist, setChecklist] = useState<ChecklistVerdict[] | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const load = () => void import('../../../lib/worksheets/customer-value/checklist-verdicts').then((m) => live && setChecklist(m.checklistVerdicts(readKey(m.checklistKey))));
    load();
    const onStorage = (e: StorageEvent) => e.key?.includes(':ideal-customer-checklist:') && load();
    addEventListener('storage', onStorage);
    return () => ((live = false), removeEventListener('storage', onStorage));
  }, [ready]);
  const rows = useMemo(() => (checklist ? instinctVersusNumbers(checklist, scored.customers) : []), [checklist, scored]);
  const counts = agreementCounts(rows);
  const rule = (
    <details class="cv-instinct-rule">
      <summary>How agreement is decided</summary>
      <ul>{agreementRuleText.map((line) => <li key={line}>{line}</li>)}</ul>
    </details>
  );

  if (rows.length === 0) {
    return (
      <div class="cv-instinct-empty">
        <p>
          {checklist === null ? 'Looking for customers you rated on the ideal-customer checklist…' : 'None of these customers is on your ideal-customer checklist in this browser yet. '}
          {checklist !== null && <>Rate a few on the <a href={checklistHref}>ideal-customer checklist</a>, using the same names, to see your instinct next to the numbers.</>}
        </p>
        {rule}
      </div>
    );
  }
  return (
    <div class="cv-instinct">
      <p class="cv-instinct-summary">
        {counted(rows.length, 'customer is', 'customers are')} on both worksheets:{' '}
        {agreementOrder.filter((a) => counts[a] > 0 || a !== 'unrated').map((a, i) => (
          <span key={a}>
            {i > 0 && ', '}
            <span class={`cv-agree-badge cv-agree-badge-${a}`} data-count={a}><span aria-hidden="true">{marks[a]} </span>{counts[a]} {agreementLabels[a].toLowerCase()}</span>
          </span>
        ))}
        . Where they disagree, check the figures and ask what your instinct sees that the numbers miss.
      </p>
      {rule}
      <div class="table-scroll cv-instinct-scroll">
        <table class="cv-instinct-table">
          <caption>Checklist verdict next to value tier, disagreements first, then partial agreements</caption>
          <thead><tr><th scope="col">Customer</th><th scope="col">Agreement</th><th scope="col">Checklist verdict</th><th scope="col">Tier</th><th scope="col">What it means</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} class={`cv-agree-${r.agreement}`} data-agreement={r.agreement}>
                <th scope="row">{r.name}</th>
                <td><span class={`cv-agree-badge cv-agree-badge-${r.agreement}`}><span aria-hidden="true">{marks[r.agreement]} </span>{agreementLabels[r.agreement]}</span></td>
                <td>{r.verdictLabel}</td>
                <td><span class={`cv-tier cv-tier-${r.tier}`}>{r.tier}</span></td>
                <td>{r.agreement === 'disagree' ? <strong>{r.note}</strong> : r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
