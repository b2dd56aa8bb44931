/** Reading and changing the worksheet's data: customers and assumptions. Pure; `now` stamps records. */
import { applyImport, deleteRecord, liveRecords, putRecord, type Collection } from '../state';
import type { ImportedCustomer } from './sheet';
import { assumptionsId, blankCustomer, defaultAssumptions, maxNameLength, type Assumptions, type Customer, type ValueData } from './schemas';
import { newId, randomUuid, type MakeUuid } from '../record-id';

/** The live customers as [id, customer] pairs, in the order they were added. */
export function customerEntries(data: ValueData): [string, Customer][] {
  return liveRecords(data.customers).sort((a, b) => a[1].addedAt - b[1].addedAt);
}

/** The saved assumptions, or the defaults. */
export function assumptionsOf(data: ValueData): Assumptions {
  const record = data.settings[assumptionsId];
  return record && !record.deleted ? record.value : defaultAssumptions();
}

/** Changes some assumptions. */
export function updateAssumptions(data: ValueData, change: Partial<Assumptions>, now: number): ValueData {
  return { ...data, settings: putRecord(data.settings, assumptionsId, { ...assumptionsOf(data), ...change }, now) };
}

/** A customer name tidied: spaces trimmed and collapsed, cut to the longest name kept. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, maxNameLength);
}

/** A new record id that no customer has yet. */
export function newCustomerId(data: ValueData, now: number, uuid: MakeUuid = randomUuid): string {
  return newId('v', now, data.customers, uuid);
}

/** Adds a customer by name, with no figures yet. */
export function addCustomer(data: ValueData, id: string, name: string, now: number): ValueData {
  return { ...data, customers: putRecord(data.customers, id, blankCustomer(cleanName(name), now), now) };
}

/** Changes some fields of a customer (a field set clears its import flag); unknown or deleted customers are left alone. */
export function updateCustomer(data: ValueData, id: string, change: Partial<Omit<Customer, 'addedAt'>>, now: number): ValueData {
  const record = data.customers[id];
  if (!record || record.deleted) return data;
  const next = { ...record.value, ...change };
  if (change.name !== undefined) next.name = cleanName(change.name) || record.value.name;
  if (next.flags && change.flags === undefined) {
    const flags = Object.fromEntries(Object.entries(next.flags).filter(([field]) => !(field in change)));
    if (Object.keys(flags).length > 0) next.flags = flags;
    else delete next.flags;
  }
  return { ...data, customers: putRecord(data.customers, id, next, now) };
}

/** Removes a customer (a tombstone, so other tabs learn of it). */
export function removeCustomer(data: ValueData, id: string, now: number): ValueData {
  return { ...data, customers: deleteRecord(data.customers, id, now) };
}

/** Clears every import flag of a customer: the rep counts it as it is. */
export function acceptCustomer(data: ValueData, id: string, now: number): ValueData {
  const record = data.customers[id];
  if (!record || record.deleted || !record.value.flags) return data;
  const { flags: _, ...rest } = record.value;
  return { ...data, customers: putRecord(data.customers, id, rest, now) };
}

/** Whether a customer still has cells to fix (it then counts in no total). */
export const needsFix = (c: Customer) => c.flags !== undefined && Object.keys(c.flags).length > 0;

/** Brings back a removed customer. */
export function restoreCustomer(data: ValueData, id: string, now: number): ValueData {
  const record = data.customers[id];
  return record ? { ...data, customers: putRecord(data.customers, id, record.value, now) } : data;
}

/** The key two names are matched by: case and spacing ignored. */
export const nameKey = (name: string) => cleanName(name).toLowerCase();

/**
 * Adds the good rows of an imported sheet in one step. A row whose name matches a customer
 * already here (case ignored) updates that customer's imported fields; others are added.
 */
export function importRows(data: ValueData, rows: readonly ImportedCustomer[], now: number, uuid: MakeUuid = randomUuid): { data: ValueData; added: number; updated: number } {
  const customers: Collection<Customer> = { ...data.customers };
  const byName = new Map(customerEntries(data).map(([id, c]) => [nameKey(c.name), id]));
  let added = 0;
  let updated = 0;
  rows.forEach((row, i) => {
    const key = nameKey(row.name);
    let id = byName.get(key);
    const base = id ? customers[id]!.value : blankCustomer(cleanName(row.name), now + i / 1000);
    if (id) updated++;
    else {
      id = newId('v', now, customers, uuid);
      byName.set(key, id);
      added++;
    }
    customers[id] = { updatedAt: now, value: { ...base, ...row.values } };
  });
  return { data: { ...data, customers }, added, updated };
}

/** Applies a JSON import to both collections ("keep-mine" adds only new records; "replace" after the rep confirmed). */
export function importValueData(data: ValueData, incoming: ValueData, mode: 'keep-mine' | 'replace', now: number): ValueData {
  return {
    customers: applyImport(data.customers, incoming.customers, mode, now),
    settings: applyImport(data.settings, incoming.settings, mode, now),
  };
}
