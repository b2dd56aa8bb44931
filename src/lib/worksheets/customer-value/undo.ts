/**
 * Undoing the last import, and clearing every customer: the shared sheet-wide undo
 * (`../undo.ts`) bound to the customer value worksheet, and the clear itself.
 */
import * as shared from '../undo';
import { assumptionsId, customerValueWorksheet, type ValueData } from './schemas';

export type { LastAction } from '../undo';
export { readLastAction, revertTo } from '../undo';

/** The localStorage key of the note about the last import or clear. */
export const lastActionKey = shared.lastActionKeyOf(customerValueWorksheet);

/** The backup to write before an import or clear: its key, its text, and the note that points to it. */
export const backupBefore = (data: ValueData, kind: shared.LastAction['kind'], label: string, now: number) => shared.backupBefore(customerValueWorksheet, data, kind, label, now);

/** The customer value data kept in a backup, or null when it is missing or unreadable. */
export const readBackup = (raw: string | null): ValueData | null => shared.readBackup(customerValueWorksheet, raw);

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
