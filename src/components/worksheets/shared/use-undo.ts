/** Undo in an island: the state of the last removal, and where focus goes around it, so a keyboard or screen reader user never lands on the page's top. */
import { useEffect, useRef, useState } from 'preact/hooks';
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

/** True when the focused element has gone from the page (the browser then puts focus on the body). */
const focusLost = () => {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
};

/** Focuses `target`, or else the heading of the section around `near` (made focusable for this). */
function focusNear(target: HTMLElement | null | undefined, near: HTMLElement | null) {
  const heading = near?.closest('section')?.querySelector<HTMLElement>('h2, h3');
  const to = target ?? heading;
  if (!to) return;
  if (to === heading && !to.hasAttribute('tabindex')) to.tabIndex = -1;
  to.focus();
}

/**
 * Moves focus when `pending` (the change Undo would revert, null when none) changes: to the Undo
 * button when the change took the focused element away, and, after Undo took the button away, to
 * what `restored()` names (the item back in its list) or else the section's heading.
 */
export function useUndoFocus(pending: unknown, restored: () => HTMLElement | null | undefined) {
  const button = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const had = useRef(false);
  useEffect(() => {
    const undone = had.current && !pending;
    had.current = Boolean(pending);
    if (!focusLost()) return;
    if (pending) button.current?.focus();
    else if (undone) focusNear(restored(), region.current);
  }, [pending]);
  return { button, region };
}
