/**
 * A customer's value profile as one inline bar (parts from `lib/customer-value/value-bar`: parts
 * too small to see are merged into "other"), with its figures in a tooltip on hover and on
 * keyboard focus. Screen readers get the figures as the bar's name.
 */
import { barFigures, type BarPart } from '../../../lib/worksheets/customer-value/value-bar';

/** The bar and its tooltip. */
export default function ValueBar({ parts, name }: { parts: readonly BarPart[]; name: string }) {
  const figures = barFigures(parts);
  return (
    <span class="cv-bar-tip" tabIndex={0} role="img" aria-label={`${name}: ${figures}`}>
      <span class="cv-bar" aria-hidden="true">
        {parts.map((p) => <span key={p.key} class={`cv-seg cv-seg-${p.key}`} style={{ width: `${p.width.toFixed(2)}%` }} />)}
      </span>
      <span class="cv-tip" aria-hidden="true">{figures}</span>
    </span>
  );
}
