/** The team's whale curve (every rep's customers, most profitable first) and the customers that carry the contribution. */
import { drawPoints, profitPeakSentence, shareScale } from '../../lib/worksheets/customer-value/chart';
import { money } from '../../lib/worksheets/customer-value/format';
import type { TeamSummary } from '../../lib/team/summary';

/** The curve, in the value worksheet's chart style, with a text summary and the top customers by contribution. */
export default function TeamWhale({ team }: { team: TeamSummary }) {
  const { whale, carriers } = team;
  const n = whale.points.at(-1)?.customers ?? 0;
  const { top, ticks } = shareScale(whale.peak.share);
  const y = (share: number) => `${(100 - (share / top) * 100).toFixed(2)}%`;
  const summary = n === 0
    ? 'The whale curve appears once the roll-up holds value worksheet files with a profit in total.'
    : profitPeakSentence(whale, 'the team’s total');
  return (
    <figure class="cv-chart team-whale">
      <figcaption id="team-whale-title">Cumulative yearly profit over every rep’s customers (whale curve)</figcaption>
      <p id="team-whale-summary" class="cv-chart-summary" data-team-whale>{summary}</p>
      {n > 0 && (
        <>
          <div class="cv-plot">
            <div class="cv-y-axis" aria-hidden="true">{ticks.map((t) => <span key={t} class="cv-tick num" style={{ top: y(t) }}>{t}%</span>)}</div>
            <div class="cv-plot-area">
              <svg viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-labelledby="team-whale-title" aria-describedby="team-whale-summary">
                {ticks.map((t) => <line key={t} class={t === 100 ? 'cv-grid cv-grid-total' : 'cv-grid'} x1="0" x2="100" y1={100 - (t / top) * 100} y2={100 - (t / top) * 100} vector-effect="non-scaling-stroke" />)}
                <polyline class="cv-line-profit" points={drawPoints(whale, top)} vector-effect="non-scaling-stroke" />
              </svg>
              <span class="cv-peak" aria-hidden="true" style={{ left: `${(whale.peak.customers / n) * 100}%`, top: y(whale.peak.share) }} />
            </div>
            <div class="cv-x-axis" aria-hidden="true"><span>0</span><span>{n} customers</span></div>
          </div>
          <p id="team-carriers-caption" class="team-caption">The customers that carry the team’s contribution</p>
          <div class="team-scroll" role="region" aria-labelledby="team-carriers-caption" tabindex={0}>
          <table class="team-table team-carriers" aria-labelledby="team-carriers-caption">
            <thead><tr><th scope="col">Customer</th><th scope="col">Rep</th><th scope="col" class="num">Yearly contribution</th></tr></thead>
            <tbody>{carriers.map((c) => <tr key={`${c.rep}-${c.name}`}><th scope="row">{c.name}</th><td>{c.rep}</td><td class="num">{money(c.contribution)}</td></tr>)}</tbody>
          </table>
          </div>
        </>
      )}
    </figure>
  );
}
