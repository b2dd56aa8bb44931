/** The state of an island's last removal, kept up front (tiny), while its notice (`UndoNotice`) loads with the island's later parts. */
import { useState } from 'preact/hooks';
import { afterRemoval, afterUndo, noUndo, type Removal } from '../../../lib/worksheets/undo';

/** The last removal of a list and its two changes; `restore` brings a record back. */
export function useUndo(restore: (id: string) => void) {
  const [state, setState] = useState(noUndo);
  const removed = (removal: Removal) => setState(afterRemoval(removal));
  const undo = () => {
    if (state.removed) restore(state.removed.id);
    setState(afterUndo);
  };
  return { state, removed, undo };
}
