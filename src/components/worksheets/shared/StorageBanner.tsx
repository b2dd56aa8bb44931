/** The banner that tells the rep saved answers could not be read (and offers to download them) or could not be saved; loaded by StorageNotice.tsx only when needed. */
import type { WorksheetState } from './use-worksheet';
import { downloadText } from '../../../browser/worksheets/browser-store';

/** What the banner needs: the worksheet state, its name in words, the file name for the download, and how to start fresh. */
export interface StorageNoticeProps {
  state: WorksheetState<unknown>;
  label: string;
  fileName: string;
  onStartFresh: () => void;
}

/** Banner for invalid saved data or a refused save; renders nothing when all is well. */
export default function StorageBanner({ state, label, fileName, onStartFresh }: StorageNoticeProps) {
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
    const unsaved = state.unsaved;
    return (
      <div class="callout warning" role="alert">
        <p>
          {state.problem === 'full'
            ? `This browser’s storage for this site is full, so your latest changes to the ${label} are not saved. They are still on this page, and what was saved before is untouched.`
            : `This browser is not saving your ${label} (storage is off or full). Your work is still on this page.`}{' '}
          Download it before you leave the page; the file imports back here.
        </p>
        {unsaved && (
          <p class="button-row">
            <button type="button" class="button" onClick={() => downloadText(fileName, 'application/json', unsaved)}>
              Download your unsaved work
            </button>
          </p>
        )}
      </div>
    );
  }
  return null;
}
