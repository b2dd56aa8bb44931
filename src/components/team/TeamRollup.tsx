/**
 * The team roll-up island. Before any file arrives it is only a drop zone and two pickers (files,
 * or a whole folder); the roll-up itself (the importers, the merge and the views) loads when the
 * first files arrive, or when a roll-up kept in this browser is found.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SectionRef } from '../../lib/team/progress';
import FileButton from '../worksheets/shared/FileButton';
import { readDropped, readPicked, type DroppedFile } from '../../browser/team/dropped-files';

interface Props {
  /** The atlas's sections, for each rep's reading progress. */
  sections: SectionRef[];
}

type Board = typeof import('./TeamBoard');

/** Drop zone and pickers; the board below once there is something to show. */
export default function TeamRollup({ sections }: Props) {
  const [batches, setBatches] = useState<DroppedFile[][]>([]);
  const [board, setBoard] = useState<Board | null>(null);
  const [restore, setRestore] = useState(false);
  const [over, setOver] = useState(false);
  const load = () => void import('./TeamBoard').then(setBoard);
  useEffect(() => {
    try {
      // TEAM_KEY of lib/team/store, written out: importing it would pull the roll-up's schemas into the drop zone's script.
      if (localStorage.getItem('customer-atlas:team-rollup:v1') !== null) setRestore(true), load();
    } catch {
      // Storage off: nothing was kept.
    }
  }, []);
  const add = (files: Promise<DroppedFile[]>) => {
    load();
    void files.then((list) => list.length > 0 && setBatches((b) => [...b, list]));
  };
  /** Files picked, or dropped on one of the buttons (which keeps the drop from the zone around it). */
  const take = (source: readonly File[] | DataTransfer) => (setOver(false), add(source instanceof DataTransfer ? readDropped(source) : readPicked(source)));
  return (
    <div class="team">
      <div class={over ? 'team-drop is-over' : 'team-drop'} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)}
        onDrop={(e) => (e.preventDefault(), setOver(false), e.dataTransfer && add(readDropped(e.dataTransfer)))}>
        <p class="team-drop-title">Drop your reps’ exported files or folders here</p>
        <p class="team-drop-help">Quiz, checklist and value worksheet files (JSON or CSV), reading progress (JSON), or a roll-up you exported before. They are read in this browser; nothing is uploaded.</p>
        <div class="button-row">
          <FileButton id="team-files" label="Choose files…" hint={null} multiple accept=".json,.csv,application/json,text/csv" onFiles={take} />
          <FileButton id="team-folder" label="Choose a folder…" hint={null} folder onFiles={take} />
        </div>
      </div>
      {board ? <board.default batches={batches} sections={sections} restore={restore} /> : batches.length > 0 && <p role="status">Reading the files…</p>}
    </div>
  );
}
