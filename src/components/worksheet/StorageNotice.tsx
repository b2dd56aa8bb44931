/** Tells the rep when saved answers could not be read (and offers to download them) or could not be saved. */
import type { WorksheetState } from './use-worksheet';
import { downloadText } from './browser-store';

interface Props {
  state: WorksheetState<unknown>;
  label: string;
  fileName: string;
  onStartFresh: () => void;
}

/** Banner for invalid saved data or a refused save; renders nothing when all is well. */
export default function StorageNotice({ state, label, fileName, onStartFresh }: Props) {
  if (state.status === 'invalid' && state.rejected) {
    const { raw, problems } = state.rejected;
    return (
      <div class="callout warning" role="alert">
        <h2>Your saved {label} could not be read</h2>
        <p>
          It was probably written by an older version of this page or edited by hand. It has not been deleted. Download it
          to keep it, then start fresh; the saved copy also stays in this browser as a backup.
        </p>
        <details>
          <summary>What is wrong with it ({problems.length})</summary>
          <ul>{problems.slice(0, 10).map((p) => <li>{p}</li>)}</ul>
        </details>
        <p class="button-row">
          <button type="button" class="button" onClick={() => downloadText(fileName, 'application/json', raw)}>
            Download saved data
          </button>{' '}
          <button type="button" class="button" onClick={onStartFresh}>
            Start fresh
          </button>
        </p>
      </div>
    );
  }
  if (!state.saved) {
    return (
      <div class="callout warning" role="alert">
        <p>
          This browser is not saving your {label} (storage is off or full). Export your work before you leave the page.
        </p>
      </div>
    );
  }
  return null;
}
