/**
 * Undo for every worksheet, without a DOM. Two kinds: one record removed (the island keeps which,
 * and brings it back with its old value), and a sheet-wide change (an import, a clear) undone
 * from a backup of the whole sheet kept under the worksheet's backup key, with a small note saying
 * which backup undoes what. Undo writes new changes stamped `now` (so other tabs follow), never
 * rewrites history.
 */
import * as z from 'zod/mini';
import { backupKey, parseEnvelope, serialize, storageKey, type Collection, type Collections, type WorksheetDefinition } from './state';

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

/** The localStorage key of the note about a worksheet's last sheet-wide change. */
export const lastActionKeyOf = (def: Pick<WorksheetDefinition<Collections>, 'worksheet' | 'version'>): string => `${storageKey(def)}:last-action`;

const actionSchema = z.object({
  kind: z.enum(['import', 'clear']),
  /** What the page says: "the import of accounts.csv". */
  label: z.string().check(z.maxLength(300)),
  backup: z.string().check(z.maxLength(200)),
  at: z.number(),
});
/** The last import or clear, with the key of the backup that undoes it. */
export type LastAction = z.infer<typeof actionSchema>;

/** Reads the note about the last action; null when there is none or it is not ours. */
export function readLastAction(raw: string | null): LastAction | null {
  if (!raw) return null;
  try {
    const parsed = actionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The backup to write before a sheet-wide change: its key, its text, and the note that points to it. */
export function backupBefore<T extends Collections>(def: WorksheetDefinition<T>, data: T, kind: LastAction['kind'], label: string, now: number): { key: string; text: string; note: string } {
  const key = backupKey(def, now);
  return { key, text: serialize(def, data, new Date(now)), note: JSON.stringify({ kind, label, backup: key, at: now } satisfies LastAction) };
}

/** The data kept in a backup, or null when it is missing or unreadable. */
export function readBackup<T extends Collections>(def: WorksheetDefinition<T>, raw: string | null): T | null {
  if (!raw) return null;
  const parsed = parseEnvelope(def, raw);
  return parsed.ok ? parsed.data : null;
}

/** One collection brought back to `before`: records added since are tombstoned, changed or removed ones get their old value. */
export function revertCollection<V>(current: Collection<V>, before: Collection<V>, now: number): Collection<V> {
  const out: Collection<V> = { ...current };
  for (const [id, record] of Object.entries(current)) {
    const old = before[id];
    if (!record.deleted && (!old || old.deleted)) out[id] = { updatedAt: now, deleted: true, value: record.value };
  }
  for (const [id, old] of Object.entries(before)) {
    const mine = out[id];
    if (!old.deleted && (!mine || mine.deleted || JSON.stringify(mine.value) !== JSON.stringify(old.value))) out[id] = { updatedAt: now, value: old.value };
  }
  return out;
}

/** Every collection of a sheet brought back to `before`, as changes stamped `now`. */
export function revertTo<T extends Collections>(current: T, before: T, now: number): T {
  const out: Collections = {};
  for (const name of new Set([...Object.keys(current), ...Object.keys(before)])) out[name] = revertCollection(current[name] ?? {}, before[name] ?? {}, now);
  return out as T;
}
