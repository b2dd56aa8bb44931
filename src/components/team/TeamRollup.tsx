/**
 * The team roll-up island. Before any file arrives it is only a drop zone and two pickers (files,
 * or a whole folder); the roll-up itself (the importers, the merge and the views) loads when the
 * first files arrive, or when a roll-up kept in this browser is found.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SectionRef } from '../../lib/team/progress';
import { readDropped, readPicked, type DroppedFile } from './dropped-files';

interface Props {
  /** The atlas's sections, for each rep's reading progress. */
  sections: SectionRef[];
}

type Board = typeof import('./TeamBoard');

/** Drop zone and pickers; the board below once there is something to show. */
/** Makes a file input pick folders. Set in the browser, not in the HTML: `webkitdirectory` is not standard HTML, so the page stays valid for the W3C checker. */
const pickFolders = (input: HTMLInputElement | null) => {
  if (input) input.webkitdirectory = true;
};

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
  return (
    <div class="team">
      <div class={over ? 'team-drop is-over' : 'team-drop'} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)}
        onDrop={(e) => (e.preventDefault(), setOver(false), e.dataTransfer && add(readDropped(e.dataTransfer)))}>
        <p class="team-drop-title">Drop your reps’ exported files or folders here</p>
        <p class="team-drop-help">Quiz, checklist and value worksheet files (JSON or CSV), reading progress (JSON), or a roll-up you exported before. They are read in this browser; nothing is uploaded.</p>
        <div class="button-row">
          <label class="button team-pick">Choose files…<input type="file" class="visually-hidden" multiple accept=".json,.csv,application/json,text/csv" onChange={(e) => (add(readPicked(e.currentTarget.files ?? [])), (e.currentTarget.value = ''))} /></label>
          <label class="button team-pick">Choose a folder…<input type="file" class="visually-hidden" multiple ref={pickFolders} onChange={(e) => (add(readPicked(e.currentTarget.files ?? [])), (e.currentTarget.value = ''))} /></label>
        </div>
      </div>
      {board ? <board.default batches={batches} sections={sections} restore={restore} /> : batches.length > 0 && <p role="status">Reading the files…</p>}
    </div>
  );
}
