/**
 * Undo of a removal, the same in every worksheet, without a DOM: the island keeps which record
 * the rep removed last (the records module brings it back with its old value, as a new change),
 * and what its notice says. The value worksheet's undo of a whole import or clear, from a backup
 * of the sheet, is in `customer-value/undo.ts`.
 */

/** A record the rep removed and may bring back: its id and the name the notice shows. */
export interface Removal {
  id: string;
  name: string;
}

/** What an undo notice says: the last removal (with an Undo button) or the last restore, or nothing yet. */
export type UndoState = { removed: Removal | null; restored: Removal | null };

/** No removal and no restore yet. */
export const noUndo: UndoState = { removed: null, restored: null };

/** The state after a removal: the notice offers Undo for it (an earlier removal can no longer be undone). */
export const afterRemoval = (removal: Removal): UndoState => ({ removed: removal, restored: null });

/** The state after Undo: the removal is done with and the notice says what came back. */
export const afterUndo = (state: UndoState): UndoState => ({ removed: null, restored: state.removed ?? state.restored });

/** The sentence a notice says after Undo. */
export const restoredText = (removal: Removal): string => `Restored ${removal.name}.`;
