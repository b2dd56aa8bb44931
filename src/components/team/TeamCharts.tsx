/** Across the team: the type mix, the verdicts, tiers against verdicts (instinct versus numbers) and the whale curve. */
import { customerTypeHues, customerTypeIds, customerTypes } from '../../lib/worksheets/customer-type-quiz/types';
import { verdictHues, verdictIds, verdicts } from '../../lib/worksheets/ideal-customer-checklist/criteria';
import { tierGuides, tierIds } from '../../lib/worksheets/customer-value/tiers';
import type { TeamSummary } from '../../lib/team/summary';
import TeamWhale from './TeamWhale';
import { counted } from '../../lib/site/plural';

/** One bar per value, as a share of the largest. */
function Bars({ label, items }: { label: string; items: { key: string; name: string; count: number; hue: number }[] }) {
  const most = Math.max(1, ...items.map((i) => i.count));
  return (
    <figure class="team-bars">
      <figcaption>{label}</figcaption>
      <ul>
        {items.map((i) => (
          <li key={i.key} class="hued" style={{ '--hue': i.hue }}>
            <span class="team-bar-name">{i.name}</span>
            <span class={i.count ? 'team-bar' : 'team-bar is-zero'} style={{ inlineSize: `${(i.count / most) * 100}%` }} aria-hidden="true" />
            <span class="num">{i.count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The team's figures over the reps shown. */
export default function TeamCharts({ team }: { team: TeamSummary }) {
  const types = [...customerTypeIds.map((t) => ({ key: t, name: customerTypes[t].name, count: team.types[t], hue: customerTypeHues[t] })), { key: 'unfinished', name: 'Quiz unfinished', count: team.types.unfinished, hue: 250 }].filter((t) => t.count > 0);
  return (
    <section class="team-part" aria-labelledby="team-team-heading">
      <h2 id="team-team-heading">Across the team</h2>
      <p>{counted(team.reps, 'rep')}, {counted(team.customers, 'customer')}, {counted(team.contacts, 'contact')}.</p>
      <div class="team-grid">
        {types.length > 0 ? <Bars label="Contacts by customer type" items={types} /> : <p>No quiz files yet: no contacts by type.</p>}
        <Bars label="Checklist verdicts" items={verdictIds.map((v) => ({ key: v, name: verdicts[v].label, count: team.verdicts[v], hue: verdictHues[v] }))} />
      </div>
      <p id="team-matrix-caption" class="team-caption">Value tiers against checklist verdicts (customers on both worksheets)</p>
      <div class="team-scroll" role="region" aria-labelledby="team-matrix-caption" tabindex={0}>
        <table class="team-table team-matrix" aria-labelledby="team-matrix-caption" data-team-matrix>
          <thead><tr><th scope="col">Tier</th>{verdictIds.map((v) => <th key={v} scope="col" class="num">{verdicts[v].label}</th>)}</tr></thead>
          <tbody>
            {tierIds.map((t) => (
              <tr key={t}><th scope="row">{tierGuides[t].label}</th>{verdictIds.map((v) => <td key={v} class="num">{team.matrix[t][v]}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-team-agreement>Instinct versus numbers: {team.agreement.agree} agree, {team.agreement.partly} partly, {team.agreement.disagree} disagree{team.agreement.unrated ? `, ${team.agreement.unrated} not fully rated` : ''}.</p>
      <TeamWhale team={team} />
    </section>
  );
}
