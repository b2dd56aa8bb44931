/**
 * A re-import as a reviewed merge: each imported row is new, a change to a customer already here
 * (which fields, old → new), unchanged, or an uncertain match that the rep must settle. Names match
 * after normalisation (case, spaces, accents, punctuation, legal suffixes such as "Inc." or "GmbH");
 * a near name (one or two letters apart, or one name the start of the other) is never guessed.
 * Pure and O(rows × name length) with hash look-ups, so 5,000 rows plan at once.
 */
import type { Collection } from '../state';
import { fieldIds, type FieldId } from './columns';
import { blankCustomer, type Customer, type ValueData } from './schemas';
import type { ImportedCustomer } from './sheet';
import { newId, randomUuid, type MakeUuid } from '../record-id';

const legal = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'gmbh', 'mbh', 'ag', 'kg', 'ohg', 'ug', 'se', 'sa', 'sas', 'sarl', 'sl', 'slu', 'srl', 'spa', 'bv', 'nv', 'vof', 'ab', 'as', 'aps', 'oy', 'oyj', 'pty', 'kft', 'sro', 'sp', 'zoo', 'cv']);
const joiners = new Set(['and', 'und', 'et', 'y', 'en', 'the', 'de']);

/** A name as matched: accents, case, dots and punctuation dropped, legal suffixes ("Inc.", "GmbH", "S.A.", "B.V.", "& Co. KG") removed from its end. */
export function matchKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(?<=\b[a-z])\.(?=[a-z]\b)/g, '')
    .replace(/[.'’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let end = words.length;
  while (end > 1 && (legal.has(words[end - 1]!) || (end < words.length && joiners.has(words[end - 1]!)))) end--;
  // Never strip a name down to joining words only ("The Company" stays whole).
  if (words.slice(0, end).every((w) => joiners.has(w))) end = words.length;
  words.length = end;
  return words.join(' ');
}

/** Levenshtein distance of two strings, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** One field that would change: its value here and in the file. */
export interface FieldChange {
  field: FieldId;
  from: Customer[keyof Customer];
  to: Customer[keyof Customer];
}

/** What one imported row would do. */
export interface MergeItem {
  row: ImportedCustomer;
  kind: 'new' | 'changed' | 'unchanged' | 'uncertain';
  /** The customer it matches (certainly, or for "uncertain" the near one). */
  id?: string;
  /** That customer's name as saved. */
  existing?: string;
  changes: FieldChange[];
}

/** The rep's decision for one row: update the customer here, keep it as it is, or add the row as a new customer. */
export type MergeChoice = 'update' | 'keep' | 'new';

/** The changes a row would make to a customer: fields it sets to another value. */
export function fieldChanges(customer: Customer, row: ImportedCustomer): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fieldIds) {
    if (field === 'name' || !(field in row.values)) continue;
    const to = row.values[field as keyof ImportedCustomer['values']]!;
    const from = customer[field as keyof Customer];
    if (from !== to) changes.push({ field, from, to });
  }
  if (row.flags) for (const field of Object.keys(row.flags) as FieldId[]) if (!changes.some((c) => c.field === field)) changes.push({ field, from: customer[field as keyof Customer], to: null });
  return changes;
}

/** Plans a merge of imported rows into the customers here, changing nothing. */
export function planMerge(existing: readonly [string, Customer][], rows: readonly ImportedCustomer[]): MergeItem[] {
  const byKey = new Map<string, [string, Customer]>();
  const byLength = new Map<string, [string, Customer][]>();
  for (const entry of existing) {
    const key = matchKey(entry[1].name);
    if (!byKey.has(key)) byKey.set(key, entry);
    const bucket = `${key.slice(0, 3)}|${key.length}`;
    byLength.set(bucket, [...(byLength.get(bucket) ?? []), entry].slice(0, 64));
  }
  const sorted = [...byKey.keys()].sort();
  return rows.map((row) => {
    const key = matchKey(row.name);
    const exact = byKey.get(key);
    if (exact) {
      const changes = fieldChanges(exact[1], row);
      return { row, kind: changes.length ? 'changed' : 'unchanged', id: exact[0], existing: exact[1].name, changes };
    }
    const near = nearMatch(key, byKey, byLength, sorted);
    return near ? { row, kind: 'uncertain', id: near[0], existing: near[1].name, changes: fieldChanges(near[1], row) } : { row, kind: 'new', changes: [] };
  });
}

/** A customer whose key is one name the start of the other (at least 4 letters), or one or two edits away (names of 6 letters or more). */
function nearMatch(key: string, byKey: Map<string, [string, Customer]>, byLength: Map<string, [string, Customer][]>, sorted: readonly string[]): [string, Customer] | undefined {
  if (key.length < 4) return undefined;
  for (let end = key.length - 1; end >= 4; end--) {
    const hit = byKey.get(key.slice(0, end).trimEnd());
    if (hit) return hit;
  }
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  if (lo < sorted.length && sorted[lo]!.startsWith(key)) return byKey.get(sorted[lo]!);
  if (key.length < 6) return undefined;
  for (let d = -2; d <= 2; d++) {
    for (const entry of byLength.get(`${key.slice(0, 3)}|${key.length + d}`) ?? []) if (editDistance(key, matchKey(entry[1].name), 2) <= 2) return entry;
  }
  return undefined;
}

/** The choice each item starts with: new rows are added, changes update, unchanged rows are kept; uncertain ones wait for the rep (undefined). */
export function defaultChoice(item: MergeItem): MergeChoice | undefined {
  return item.kind === 'new' ? 'new' : item.kind === 'changed' ? 'update' : item.kind === 'unchanged' ? 'keep' : undefined;
}

/** Counts of a plan by kind. */
export function planCounts(plan: readonly MergeItem[]): Record<MergeItem['kind'], number> {
  const counts = { new: 0, changed: 0, unchanged: 0, uncertain: 0 };
  for (const item of plan) counts[item.kind]++;
  return counts;
}

/** A customer with a row's values put in: fields the row reads clear their flags, cells it could not read are flagged. */
export function withRow(customer: Customer, row: ImportedCustomer): Customer {
  const flags: Record<string, string> = { ...customer.flags };
  for (const field of Object.keys(row.values)) delete flags[field];
  Object.assign(flags, row.flags);
  const next: Customer = { ...customer, ...row.values };
  if (Object.keys(flags).length > 0) next.flags = flags;
  else delete next.flags;
  return next;
}

/**
 * Applies a reviewed plan: `choices[i]` (or the default) for item i. Rows added as new get fresh
 * ids; two new rows with the same name key become one customer (the later row updates it).
 */
export function applyMerge(data: ValueData, plan: readonly MergeItem[], choices: readonly (MergeChoice | undefined)[], now: number, uuid: MakeUuid = randomUuid): { data: ValueData; added: number; updated: number; kept: number } {
  const customers: Collection<Customer> = { ...data.customers };
  const addedKeys = new Map<string, string>();
  let added = 0;
  let updated = 0;
  let kept = 0;
  plan.forEach((item, i) => {
    const choice = choices[i] ?? defaultChoice(item) ?? 'keep';
    const { row } = item;
    if (choice === 'keep') return void kept++;
    if (choice === 'update' && item.id && customers[item.id] && !customers[item.id]!.deleted) {
      customers[item.id] = { updatedAt: now, value: withRow(customers[item.id]!.value, row) };
      return void updated++;
    }
    const key = matchKey(row.name);
    let id = addedKeys.get(key);
    if (!id) {
      id = newId('v', now, customers, uuid);
      addedKeys.set(key, id);
      added++;
    }
    customers[id] = { updatedAt: now, value: withRow(customers[id]?.value ?? blankCustomer(row.name, now + i / 1000), row) };
  });
  return { data: { ...data, customers }, added, updated, kept };
}
