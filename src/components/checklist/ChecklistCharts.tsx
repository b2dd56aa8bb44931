/** The charts toggle; the charts themselves load when first shown. */
import { useState } from 'preact/hooks';
import type { CustomerEntry } from '../../lib/ideal-customer/records';
import type { RankedCustomer } from '../../lib/ideal-customer/assess';
import { useLazy } from './use-lazy';

interface Props {
  ranked: RankedCustomer<CustomerEntry>[];
  /** The customer whose criteria are drawn (the one being scored, else the top of the ranking). */
  focus: CustomerEntry | undefined;
}

/** A "Show charts" button and, when on, the two SVG charts. */
export default function ChecklistCharts({ ranked, focus }: Props) {
  const [shown, setShown] = useState(false);
  const panel = useLazy(() => import('./ChartsPanel'), shown);
  return (
    <div class="charts">
      <button type="button" class="button no-print" aria-expanded={shown} aria-controls="checklist-charts" onClick={() => setShown(!shown)}>
        {shown ? 'Hide charts' : 'Show charts'}
      </button>
      <div id="checklist-charts" hidden={!shown}>
        {shown && (panel ? <panel.default ranked={ranked} focus={focus} /> : <p>Drawing the charts…</p>)}
      </div>
    </div>
  );
}
