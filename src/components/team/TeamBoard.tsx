/** The roll-up once files have arrived: reads each batch, asks for missing rep names, merges, and lays out the views. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { decodeFile } from '../../lib/team/decode';
import { mergeFiles } from '../../lib/team/merge';
import { groupUnnamed, type UnnamedGroup } from '../../lib/team/naming';
import type { SectionRef } from '../../lib/team/progress';
import type { RepFile } from '../../lib/team/schemas';
import { filterReps, filterShared, sharedCustomers, type TeamFilter } from '../../lib/team/shared';
import { idsByNumber, savedTeamRoutes } from '../../lib/team/routes';
import { keptText, readKept, TEAM_KEY } from '../../lib/team/store';
import { SAVED_ROUTES_KEY } from '../../lib/routes/saved-routes';
import { teamSummary } from '../../lib/team/summary';
import type { DroppedFile } from '../../browser/team/dropped-files';
import FileReport, { type Refusal } from './FileReport';
import FilterBar from './FilterBar';
import RepTable from './RepTable';
import RollupTools from './RollupTools';
import SharedList from './SharedList';
import TeamCharts from './TeamCharts';

interface Props {
  batches: DroppedFile[][];
  sections: SectionRef[];
  restore: boolean;
}

const stored = (key: string) => { try { return localStorage.getItem(key); } catch { return null; } };
const storage = { read: () => stored(TEAM_KEY), write: (text: string | null) => { try { if (text === null) localStorage.removeItem(TEAM_KEY); else localStorage.setItem(TEAM_KEY, text); return true; } catch { return false; } } };

/** Everything below the drop zone. */
export default function TeamBoard({ batches, sections, restore }: Props) {
  const [files, setFiles] = useState<RepFile[]>(() => (restore ? (readKept(storage.read()) ?? []) : []));
  const [kept, setKept] = useState(() => restore && storage.read() !== null);
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [groups, setGroups] = useState<UnnamedGroup[]>([]);
  const [seen, setSeen] = useState(0);
  const [routes] = useState(() => savedTeamRoutes(stored(SAVED_ROUTES_KEY), idsByNumber(sections)));
  const [filter, setFilter] = useState<TeamFilter>({ rep: null, query: '', disagreeOnly: false });
  useEffect(() => {
    if (batches.length <= seen) return;
    const named: RepFile[] = [];
    const bad: Refusal[] = [];
    const unnamed: UnnamedGroup[] = [];
    batches.slice(seen).forEach((batch, i) => {
      const decoded = batch.map((f) => decodeFile(f.name, f.text));
      for (const d of decoded) if (!d.ok) bad.push({ name: d.name, problems: d.problems });
      const split = groupUnnamed(decoded.flatMap((d) => (d.ok ? d.files : [])), String(seen + i));
      named.push(...split.named), unnamed.push(...split.groups);
    });
    setSeen(batches.length);
    setFiles((f) => [...f, ...named]);
    setRefused((r) => [...r, ...bad]);
    setGroups((g) => [...g, ...unnamed]);
  }, [batches, seen]);
  const rollup = useMemo(() => mergeFiles(files), [files]);
  useEffect(() => void (kept && storage.write(keptText(rollup.files, new Date()))), [kept, rollup]);
  const shared = useMemo(() => sharedCustomers(rollup.reps), [rollup]);
  const reps = useMemo(() => filterReps(rollup.reps, filter), [rollup, filter.rep]);
  const team = useMemo(() => teamSummary(reps), [reps]);
  const repName = reps.length === 1 && filter.rep !== null ? reps[0]!.rep : null;
  const shown = useMemo(() => filterShared(shared, filter, repName), [shared, filter, repName]);
  const keep = (on: boolean) => setKept(on ? storage.write(keptText(rollup.files, new Date())) : (storage.write(null), false));
  return (
    <div class="team-board">
      <FileReport count={rollup.files.length} reps={rollup.reps.length} refused={refused} groups={groups}
        onName={(id, named) => (setGroups((g) => g.filter((x) => x.id !== id)), setFiles((f) => [...f, ...named]))} />
      {rollup.reps.length > 0 && (
        <>
          <FilterBar reps={rollup.reps} filter={filter} onChange={setFilter} />
          <RepTable reps={reps} sections={sections} routes={routes} />
          <TeamCharts team={team} />
          <SharedList shared={shown} total={shared.length} />
          <RollupTools rollup={rollup} team={team} shared={shared} kept={kept} onKeep={keep} />
        </>
      )}
    </div>
  );
}
