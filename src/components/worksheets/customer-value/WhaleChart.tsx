/**
 * The whale curve (cumulative yearly profit, most profitable customer first) and the Pareto curve
 * of revenue, as an SVG whose labels are HTML, so they stay readable at 390 px and on paper. A
 * text alternative gives the same figures in words and in a table.
 */
import { chartSummary, describedPoints, drawPoints, shareScale } from '../../../lib/worksheets/customer-value/chart';
import { percent } from '../../../lib/worksheets/customer-value/format';
import { counted } from '../../../lib/site/plural';
import type { ScoredList } from '../../../lib/worksheets/customer-value/score';

/** The chart with its summary and its table of points. */
export default function WhaleChart({ scored }: { scored: ScoredList }) {
  const { whale, pareto, count } = scored.summary;
  const { top, ticks } = shareScale(whale.peak.share);
  const y = (share: number) => `${(100 - (share / top) * 100).toFixed(2)}%`;
  const hasCurve = whale.points.length > 0;
  const byProfit = [...scored.customers].sort((a, b) => b.contribution - a.contribution);
  const summary = chartSummary(scored.summary);

  return (
    <figure class="cv-chart">
      <figcaption id="cv-chart-title">Cumulative profit (whale curve) and revenue, most valuable customers first</figcaption>
      <p id="cv-chart-summary" class="cv-chart-summary">{summary}</p>
      <div class="cv-plot">
        <div class="cv-y-axis" aria-hidden="true">
          {ticks.map((t) => <span key={t} class="cv-tick num" style={{ top: y(t) }}>{t}%</span>)}
        </div>
        <div class="cv-plot-area">
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-labelledby="cv-chart-title" aria-describedby="cv-chart-summary">
            {ticks.map((t) => <line key={t} class={t === 100 ? 'cv-grid cv-grid-total' : 'cv-grid'} x1="0" x2="100" y1={100 - (t / top) * 100} y2={100 - (t / top) * 100} vector-effect="non-scaling-stroke" />)}
            {pareto.points.length > 0 && <polyline class="cv-line-revenue" points={drawPoints(pareto, top)} vector-effect="non-scaling-stroke" />}
            {hasCurve && <polyline class="cv-line-profit" points={drawPoints(whale, top)} vector-effect="non-scaling-stroke" />}
          </svg>
          {hasCurve && (
            <span class="cv-peak" aria-hidden="true" style={{ left: `${(whale.peak.customers / count) * 100}%`, top: y(whale.peak.share) }} data-customers={whale.peak.customers} data-share={whale.peak.share.toFixed(2)} />
          )}
        </div>
        <div class="cv-x-axis" aria-hidden="true">
          <span>0</span>
          <span>{count ? counted(count, 'customer') : 'customers'}</span>
        </div>
      </div>
      <p class="cv-legend" aria-hidden="true">
        <span class="cv-key"><span class="cv-line-key cv-key-profit" />Profit (yearly contribution)</span>
        <span class="cv-key"><span class="cv-line-key cv-key-revenue" />Revenue</span>
        <span class="cv-key"><span class="cv-line-key cv-key-total" />100% of the total</span>
      </p>
      {hasCurve && (
        <details class="cv-chart-table">
          <summary>The curve as a table</summary>
          <table>
            <caption>Share of total yearly profit after the most profitable customers</caption>
            <thead><tr><th scope="col">Customers counted</th><th scope="col">Last one added</th><th scope="col">Share of profit</th></tr></thead>
            <tbody>
              {describedPoints(whale).map((p) => (
                <tr key={p.customers}>
                  <td class="num">{p.customers}</td>
                  <td>{byProfit[p.customers - 1]?.customer.name}</td>
                  <td class="num" data-share={p.share.toFixed(2)}>{percent(p.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
