/**
 * The sheet-wide actions of the customer value island: applying a reviewed import, undoing the
 * last import (or clear), and clearing every customer. Each import or clear first keeps the whole
 * sheet under the worksheet's backup key, with a note (`lastActionKey`) saying what it undoes.
 */
import { counted } from '../../../lib/site/plural';
import { useEffect, useState } from 'preact/hooks';
import type { MergeChoice, MergeItem } from '../../../lib/worksheets/customer-value/merge';
import { updateAssumptions } from '../../../lib/worksheets/customer-value/records';
import type { Assumptions, ValueData } from '../../../lib/worksheets/customer-value/schemas';
import { backupBefore, clearCustomers, lastActionKey, readBackup, readLastAction, revertTo, type LastAction } from '../../../lib/worksheets/customer-value/undo';
import { readKey, writeKey } from '../../../browser/worksheets/browser-store';
import type { ImportExtras } from './SheetImport';

type Update = (change: (data: ValueData, now: number) => ValueData) => void;

/** Keeps a backup of `data` before an action; the note when the backup could be written, else null. */
function keepBackup(data: ValueData, kind: LastAction['kind'], label: string, now: number): string | null {
  const backup = backupBefore(data, kind, label, now);
  return writeKey(backup.key, backup.text) && writeKey(lastActionKey, backup.note) ? backup.note : null;
}

/** The last action that can be undone, the status message, and the three actions. */
export function useSheetActions(ready: boolean, update: Update) {
  const [last, setLast] = useState<LastAction | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (ready) setLast(readLastAction(readKey(lastActionKey)));
  }, [ready]);

  const applyImport = async (plan: MergeItem[], choices: (MergeChoice | undefined)[], extras: ImportExtras, source: string) => {
    const { applyMerge } = await import('../../../lib/worksheets/customer-value/merge');
    let result = { added: 0, updated: 0, kept: 0 };
    let note: string | null = null;
    update((d, now) => {
      note = keepBackup(d, 'import', `the import of ${source}`, now);
      const merged = applyMerge(d, plan, choices, now);
      result = merged;
      const change: Partial<Assumptions> = { ...extras.assumptions, ...(extras.currency ? { currency: extras.currency } : {}) };
      return Object.keys(change).length > 0 ? updateAssumptions(merged.data, change, now) : merged.data;
    });
    setLast(readLastAction(note));
    setMessage('');
    return result;
  };

  const clear = (count: number) => {
    let note: string | null = null;
    update((d, now) => ((note = keepBackup(d, 'clear', 'clearing all customers', now)), clearCustomers(d, now)));
    setLast(readLastAction(note));
    setMessage(`Cleared ${counted(count, 'customer')}. A copy is kept in this browser${note ? '; Undo brings them back' : ''}.`);
  };

  const undo = () => {
    const action = readLastAction(readKey(lastActionKey));
    const before = action ? readBackup(readKey(action.backup)) : null;
    setLast(null);
    if (!action || !before) return setMessage('The copy kept before that change is no longer in this browser, so it cannot be undone.');
    update((d, now) => revertTo(d, before, now));
    writeKey(lastActionKey, '');
    setMessage(`Undid ${action.label}: your customers are as they were before it.`);
  };

  return { last, message, applyImport, clear, undo };
}
