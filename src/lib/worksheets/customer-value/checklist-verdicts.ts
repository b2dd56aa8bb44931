/**
 * Reads the ideal-customer checklist's saved data (read only) and gives each customer's verdict,
 * for "instinct versus numbers". The checklist's storage key and format belong to that worksheet.
 */
import { assessRatings } from '../ideal-customer-checklist/assess';
import { customerList } from '../ideal-customer-checklist/records';
import { checklistWorksheet } from '../ideal-customer-checklist/schemas';
import { verdicts } from '../ideal-customer-checklist/criteria';
import { readSaved, storageKey } from '../state';
import type { ChecklistVerdict } from './instinct';

/** The checklist's localStorage key. */
export const checklistKey = storageKey(checklistWorksheet);

/** Each checklist customer's name and verdict from the saved text (none when nothing valid is saved). */
export function checklistVerdicts(raw: string | null): ChecklistVerdict[] {
  const saved = readSaved(checklistWorksheet, raw);
  if (saved.status !== 'ok') return [];
  return customerList(saved.data).map((c) => {
    const verdict = assessRatings(c.ratings).verdict;
    return { name: c.name, verdict, label: verdicts[verdict].label };
  });
}
