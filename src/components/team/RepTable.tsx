/** Per rep: accounts, contacts by customer type, checklist verdicts, value tiers and articles read. */
import { counted } from '../../lib/site/plural';
import { customerTypeIds, customerTypes } from '../../lib/worksheets/customer-type-quiz/types';
import type { RepRollup } from '../../lib/team/merge';
import { progressLabel, totalProgress, type RouteRef, type SectionRef } from '../../lib/team/progress';
import { repSummary } from '../../lib/team/summary';
import RepReading from './RepReading';

interface Props {
  reps: RepRollup[];
  sections: SectionRef[];
  routes: RouteRef[];
}

/** The reps' table, then their reading progress by route and by section. */
export default function RepTable({ reps, sections, routes }: Props) {
  const rows = reps.map((rep) => ({ rep, s: repSummary(rep) }));
  return (
    <section class="team-part" aria-labelledby="team-reps-heading">
      <h2 id="team-reps-heading">Per rep</h2>
      <div class="team-scroll" role="region" aria-labelledby="team-reps-heading" tabindex={0}>
        <table class="team-table" data-team-reps>
          <thead>
            <tr>
              <th scope="col">Rep</th><th scope="col" class="num">Accounts</th><th scope="col">Contacts by type</th><th scope="col">Verdicts</th><th scope="col">Tiers</th><th scope="col" class="num">Read</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ rep, s }) => (
              <tr key={s.key} data-rep={s.rep}>
                <th scope="row">{s.rep}<span class="team-sub">{counted(s.files, 'file')}</span></th>
                <td class="num">{s.accounts}</td>
                <td class="team-wide">{s.contacts === 0 ? '–' : <>{s.contacts} at {counted(s.mapped, 'account')}: {[...customerTypeIds, 'unfinished' as const].filter((t) => s.types[t] > 0).map((t) => `${t === 'unfinished' ? 'unfinished' : customerTypes[t].name} ${s.types[t]}`).join(', ')}</>}</td>
                <td class="team-nowrap">{s.verdicts.keep + s.verdicts.develop + s.verdicts['let-go'] + s.verdicts.incomplete === 0 ? '–' : `keep ${s.verdicts.keep}, develop ${s.verdicts.develop}, let go ${s.verdicts['let-go']}${s.verdicts.incomplete ? `, incomplete ${s.verdicts.incomplete}` : ''}`}</td>
                <td class="team-nowrap">{s.tiers.A + s.tiers.B + s.tiers.C === 0 ? '–' : `A ${s.tiers.A}, B ${s.tiers.B}, C ${s.tiers.C}`}</td>
                <td class="num">{rep.read.length === 0 ? '–' : progressLabel(totalProgress(rep.read, sections))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RepReading reps={reps} sections={sections} routes={routes} />
    </section>
  );
}
