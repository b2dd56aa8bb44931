/**
 * "Removed Acme. Undo": the one notice every worksheet shows after a record is removed. It sits in
 * a live region (so the removal and, after Undo, "Restored Acme." are announced) and moves focus
 * with `useUndoFocus` (state from `useUndo`): to Undo when the removed row held it, and back to the restored row after.
 */
import { restoredText, type UndoState } from '../../../lib/worksheets/undo';
import { useUndoFocus } from './use-undo';

interface Props {
  state: UndoState;
  /** What the rep did, as the notice says it: "Removed", "Deleted". */
  verb: string;
  /** The same, as the Undo button's hidden words say it: "removing", "deleting". */
  undoing: string;
  /** Brings the removed record back. */
  onUndo: () => void;
  /** The restored record's element to focus after Undo (the section's heading when none). */
  restored: (id: string) => HTMLElement | null | undefined;
  /** Class of the live region (the worksheet's own spacing and print rules). */
  class: string;
  /** Class of the notice's paragraph. */
  noticeClass?: string;
}

/** The live region with the last removal and its Undo button, or the last restore. */
export default function UndoNotice({ state, verb, undoing, onUndo, restored, class: className, noticeClass }: Props) {
  const { removed } = state;
  const { button, region } = useUndoFocus(removed, () => (state.restored ? restored(state.restored.id) : null));
  return (
    <div role="status" class={className} ref={region}>
      {removed ? (
        <p class={noticeClass}>
          {verb} {removed.name}.{' '}
          <button ref={button} type="button" class="button" onClick={onUndo}>
            Undo <span class="visually-hidden">{undoing} {removed.name}</span>
          </button>
        </p>
      ) : (
        state.restored && <p class="visually-hidden">{restoredText(state.restored)}</p>
      )}
    </div>
  );
}
