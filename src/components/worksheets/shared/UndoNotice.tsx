/**
 * "Removed Acme. Undo": the one notice every worksheet shows after a record is removed (the island
 * keeps only which record was removed). It sits in a live region, so the removal and, after Undo, "Restored Acme."
 * are announced, and it moves focus: to Undo when the removed row held it, and back to the
 * restored row after. Islands load it with their later parts, keeping it out of the JavaScript
 * loaded before interaction.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { removedText, restoredText, type Removal } from '../../../lib/worksheets/undo';

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
function useUndoFocus(pending: unknown, restored: () => HTMLElement | null | undefined) {
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

interface Props {
  /** The record removed last, or null once it is back (or nothing was removed). */
  removed: Removal | null;
  /** What the rep did, as the notice says it: "Removed", "Deleted". */
  verb: string;
  /** The same, as the Undo button's hidden words say it: "removing", "deleting". */
  undoing: string;
  /** Brings the removed record back (and sets `removed` to null). */
  onUndo: (id: string) => void;
  /** The restored record's element to focus after Undo (the section's heading when none). */
  restored: (id: string) => HTMLElement | null | undefined;
  /** Class of the live region (the worksheet's own spacing and print rules). */
  class: string;
  /** Class of the notice's paragraph. */
  noticeClass?: string;
}

/** The live region with the last removal and its Undo button, or the last restore. */
export default function UndoNotice({ removed, verb, undoing, onUndo, restored: restoredTarget, class: className, noticeClass }: Props) {
  // What came back last: announced once the Undo button has gone.
  const [restored, setRestored] = useState<Removal | null>(null);
  const { button, region } = useUndoFocus(removed, () => (restored ? restoredTarget(restored.id) : null));
  const undo = (removal: Removal) => {
    setRestored(removal);
    onUndo(removal.id);
  };
  return (
    <div role="status" class={className} ref={region}>
      {removed ? (
        <p class={noticeClass}>
          {removedText(verb, removed)}{' '}
          <button ref={button} type="button" class="button" onClick={() => undo(removed)}>
            Undo <span class="visually-hidden">{undoing} {removed.name}</span>
          </button>
        </p>
      ) : (
        restored && <p class="visually-hidden">{restoredText(restored)}</p>
      )}
    </div>
  );
}
