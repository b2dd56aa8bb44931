/** Each rep's reading: progress along every route saved in this browser, and article counts section by section. */
import type { RepRollup } from '../../lib/team/merge';
import { progressLabel, routeProgress, sectionProgress, type RouteRef, type SectionRef } from '../../lib/team/progress';

interface Props {
  reps: RepRollup[];
  sections: SectionRef[];
  routes: RouteRef[];
}

/** The routes' table (when routes are saved here), then the sections' table folded away; nothing when no rep sent reading. */
export default function RepReading({ reps, sections, routes }: Props) {
  const readers = reps.filter((rep) => rep.read.length > 0);
  if (readers.length === 0) return null;
  return (
    <>
      <h3 class={routes.length === 0 ? 'team-subhead no-print' : 'team-subhead'}>Reading routes</h3>
      {routes.length === 0 ? (
        <p class="team-sub no-print" data-team-routes>No route is saved in this browser. Save the routes you send your reps in <a href="../routes/">Your routes</a> to see each rep’s progress along them here.</p>
      ) : (
        <div class="team-scroll" role="region" aria-label="Progress on each route" tabindex={0}>
          <table class="team-table" data-team-routes>
            <thead>
              <tr><th scope="col">Rep</th>{routes.map((r, i) => <th key={i} scope="col" class="num">{r.name}</th>)}</tr>
            </thead>
            <tbody>
              {readers.map((rep) => (
                <tr key={rep.key}><th scope="row">{rep.rep}</th>{routeProgress(rep.read, routes).map((p, i) => <td key={i} class="num">{p.next === null ? `all ${p.total} read` : `${p.read} of ${p.total}`}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details class="team-reading">
        <summary>Reading progress by section</summary>
        <div class="team-scroll" role="region" aria-label="Reading progress by section" tabindex={0}>
          <table class="team-table">
            <thead>
              <tr><th scope="col">Rep</th>{sections.map((s) => <th key={s.id} scope="col" class="num" title={s.title}><span class="num">{s.number}</span> {s.title}</th>)}</tr>
            </thead>
            <tbody>
              {readers.map((rep) => (
                <tr key={rep.key}><th scope="row">{rep.rep}</th>{sectionProgress(rep.read, sections).map((p) => <td key={p.id} class="num">{progressLabel(p)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
