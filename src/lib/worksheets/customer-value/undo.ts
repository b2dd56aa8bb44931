/**
 * Undoing the last import, and clearing every customer. Before either writes, the whole sheet is
 * kept under the worksheet's backup key (`backupKey`, as a fresh start keeps rejected data), and a
 * small note under `lastActionKey` says which backup undoes what. Undo brings the sheet back to the
 * backup as new changes (so other tabs follow), never by rewriting history.
 */
import * as z from 'zod/mini';
import { backupKey, parseEnvelope, serialize, storageKey, type Collection } from '../state';
import { assumptionsId, customerValueWorksheet, type ValueData } from './schemas';

/** The localStorage key of the note about the last import or clear. */
export const lastActionKey = `${storageKey(customerValueWorksheet)}:last-action`;

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

/** The backup to write before an action: its key, its text, and the note that points to it. */
export function backupBefore(data: ValueData, kind: LastAction['kind'], label: string, now: number): { key: string; text: string; note: string } {
  const key = backupKey(customerValueWorksheet, now);
  return { key, text: serialize(customerValueWorksheet, data, new Date(now)), note: JSON.stringify({ kind, label, backup: key, at: now } satisfies LastAction) };
}

/** The data kept in a backup, or null when it is missing or unreadable. */
export function readBackup(raw: string | null): ValueData | null {
  if (!raw) return null;
  const parsed = parseEnvelope(customerValueWorksheet, raw);
  return parsed.ok ? parsed.data : null;
}

function revertCollection<V>(current: Collection<V>, before: Collection<V>, now: number): Collection<V> {
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

/** The sheet brought back to `before`: records added since are tombstoned, changed or removed ones get their old value, as changes stamped `now`. */
export function revertTo(current: ValueData, before: ValueData, now: number): ValueData {
  return { customers: revertCollection(current.customers, before.customers, now), settings: revertCollection(current.settings, before.settings, now) };
}

/** Every customer removed (tombstones, so other tabs follow); the assumptions stay, but not the currency, so the next import may bring another. */
export function clearCustomers(data: ValueData, now: number): ValueData {
  const customers: ValueData['customers'] = { ...data.customers };
  for (const [id, record] of Object.entries(customers)) if (!record.deleted) customers[id] = { ...record, updatedAt: now, deleted: true };
  const settings = { ...data.settings };
  const assumptions = settings[assumptionsId];
  if (assumptions && !assumptions.deleted && assumptions.value.currency) {
    const { currency: _, ...rest } = assumptions.value;
    settings[assumptionsId] = { updatedAt: now, value: rest };
  }
  return { customers, settings };
}
