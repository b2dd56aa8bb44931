/** The roll-up's filter: one rep or all, a customer name, only where reps disagree. */
import type { RepRollup } from '../../lib/team/merge';
import type { TeamFilter } from '../../lib/team/shared';

interface Props {
  reps: RepRollup[];
  filter: TeamFilter;
  onChange: (filter: TeamFilter) => void;
}

/** Three controls in one labelled group. */
export default function FilterBar({ reps, filter, onChange }: Props) {
  return (
    <fieldset class="team-filter no-print">
      <legend>Show</legend>
      <label>
        Rep{' '}
        <select value={filter.rep ?? ''} onChange={(e) => onChange({ ...filter, rep: e.currentTarget.value || null })} data-team-rep>
          <option value="">Every rep</option>
          {reps.map((r) => <option key={r.key} value={r.key}>{r.rep}</option>)}
        </select>
      </label>
      <label>
        Shared customer{' '}
        <input type="search" value={filter.query} onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })} />
      </label>
      <label class="team-check">
        <input type="checkbox" checked={filter.disagreeOnly} onChange={(e) => onChange({ ...filter, disagreeOnly: e.currentTarget.checked })} /> Only where reps disagree
      </label>
    </fieldset>
  );
}
