/**
 * Undo of a removal, the same in every worksheet, without a DOM: the island keeps which record
 * the rep removed last (the records module brings it back with its old value, as a new change);
 * its notice (`UndoNotice`) says what was removed and, after Undo, what came back. The value worksheet's undo of a whole import or clear, from a backup
 * of the sheet, is in `customer-value/undo.ts`.
 */

/** A record the rep removed and may bring back: its id and the name the notice shows. */
export interface Removal {
  id: string;
  name: string;
}

/** The sentence a notice says after a removal: "Removed Acme." (`verb` is what the rep did). */
export const removedText = (verb: string, removal: Removal): string => `${verb} ${removal.name}.`;

/** The sentence a notice says after Undo. */
export const restoredText = (removal: Removal): string => `Restored ${removal.name}.`;
