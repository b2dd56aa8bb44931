/**
 * The key above the ranked table: a swatch for each part the bars draw (only those; parts too
 * small to see are merged into "other"), and what R, F and M stand for. Its line is held before
 * the values load (it comes with them, in `Insights`), so nothing moves.
 */
import { useMemo } from 'preact/hooks';
import type { ScoredCustomer } from '../../../lib/worksheets/customer-value/score';
import { barLabels, barLegend, barParts, barScale } from '../../../lib/worksheets/customer-value/value-bar';

/** The colour key (hidden from screen readers, who get each bar's figures) and the R/F/M key. */
export default function TableKey({ customers }: { customers: readonly ScoredCustomer[] }) {
  const keys = useMemo(() => {
    const scale = barScale(customers);
    return barLegend(customers.map((c) => barParts(c, scale)));
  }, [customers]);
  return (
    <div class="cv-table-key">
      <p class="cv-legend" aria-hidden="true">
        {keys.length > 0 && <span class="cv-key-title">Bars:</span>}
        {keys.map((key) => <span key={key} class="cv-key"><span class={`cv-swatch cv-seg-${key}`} />{barLabels[key]}</span>)}
      </p>
      <p class="cv-rfm-key">
        <strong>R F M</strong>: recency, frequency and money, each from 1 (the lowest fifth of your list) to 5 (the top fifth).
      </p>
    </div>
  );
}
