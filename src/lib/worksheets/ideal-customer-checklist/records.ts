/** Reading and changing the checklist's data: customers, ratings, portrait and sources. Pure; `now` stamps records. */
import { applyImport, deleteRecord, liveRecords, putRecord, type Collection } from '../state';
import { newId, randomUuid, type MakeUuid } from '../record-id';
import type { CriterionId, RatingLevel } from './criteria';
import {
  emptyPortrait,
  maxNameLength,
  portraitId,
  sourceIds,
  type ChecklistData,
  type Portrait,
  type ScoredCustomer,
  type SourceId,
  type SourceSlot,
} from './schemas';

/** A customer with its record id. */
export type CustomerEntry = ScoredCustomer & { id: string };

/** The live customers, in the order they were added. */
export function customerList(data: ChecklistData): CustomerEntry[] {
  return liveRecords(data.customers)
    .map(([id, value]) => ({ ...value, id }))
    .sort((a, b) => a.addedAt - b.addedAt);
}

/** A customer name as typed, tidied: spaces trimmed and collapsed, cut to the longest name kept. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, maxNameLength);
}

/** A new record id that no customer has yet. */
export function newCustomerId(data: ChecklistData, now: number, uuid: MakeUuid = randomUuid): string {
  return newId('c', now, data.customers, uuid);
}

/** Adds a customer with no ratings yet. */
export function addCustomer(data: ChecklistData, id: string, name: string, now: number): ChecklistData {
  return { ...data, customers: putRecord(data.customers, id, { name: cleanName(name), ratings: {}, addedAt: now }, now) };
}

/** Sets (or with null clears) one rating of a customer; unknown or deleted customers are left alone. */
export function rateCustomer(data: ChecklistData, id: string, criterion: CriterionId, level: RatingLevel | null, now: number): ChecklistData {
  const record = data.customers[id];
  if (!record || record.deleted) return data;
  const ratings = { ...record.value.ratings };
  if (level === null) delete ratings[criterion];
  else ratings[criterion] = level;
  return { ...data, customers: putRecord(data.customers, id, { ...record.value, ratings }, now) };
}

/** Renames a customer (an empty name is ignored). */
export function renameCustomer(data: ChecklistData, id: string, name: string, now: number): ChecklistData {
  const record = data.customers[id];
  const clean = cleanName(name);
  if (!record || record.deleted || !clean) return data;
  return { ...data, customers: putRecord(data.customers, id, { ...record.value, name: clean }, now) };
}

/** Removes a customer (a tombstone, so other tabs learn of it). */
export function removeCustomer(data: ChecklistData, id: string, now: number): ChecklistData {
  return { ...data, customers: deleteRecord(data.customers, id, now) };
}

/** Brings back a removed customer. */
export function restoreCustomer(data: ChecklistData, id: string, now: number): ChecklistData {
  const record = data.customers[id];
  return record ? { ...data, customers: putRecord(data.customers, id, record.value, now) } : data;
}

/** The best-customer portrait (empty fields until filled in). */
export function portraitOf(data: ChecklistData): Portrait {
  const record = data.portrait[portraitId];
  return record && !record.deleted ? record.value : emptyPortrait();
}

/** Changes some fields of the portrait. */
export function updatePortrait(data: ChecklistData, change: Partial<Portrait>, now: number): ChecklistData {
  return { ...data, portrait: { ...data.portrait, [portraitId]: { updatedAt: now, value: { ...portraitOf(data), ...change } } } };
}

/** The seven source slots' texts, slot 1 first ("" for an empty slot). */
export function sourceTexts(data: ChecklistData): string[] {
  return sourceIds.map((id) => {
    const record = data.sources[id];
    return record && !record.deleted ? record.value.text : '';
  });
}

/** Sets the text of one source slot. */
export function updateSource(data: ChecklistData, id: SourceId, text: string, now: number): ChecklistData {
  return { ...data, sources: { ...data.sources, [id]: { updatedAt: now, value: { text } } } };
}

/** Applies an import to every collection ("keep-mine" adds only new records; "replace" after the rep confirmed). */
export function importChecklist(data: ChecklistData, incoming: ChecklistData, mode: 'keep-mine' | 'replace', now: number): ChecklistData {
  return {
    customers: applyImport(data.customers, incoming.customers, mode, now),
    portrait: applyImport(data.portrait as Collection<Portrait>, incoming.portrait as Collection<Portrait>, mode, now),
    sources: applyImport(data.sources as Collection<SourceSlot>, incoming.sources as Collection<SourceSlot>, mode, now),
  };
}
