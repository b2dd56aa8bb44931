/**
 * Worksheet state, shared by every worksheet: how answers are kept in the browser, exported and
 * imported. Pure: strings and plain objects in and out; the browser adapter passes localStorage in.
 *
 * Shape: a worksheet's data is a set of named collections of records. Each record carries the
 * time it last changed (`updatedAt`, ms) and is never removed outright: deleting leaves a
 * tombstone. That lets two tabs merge their saves record by record (newest wins) so nothing one
 * tab entered is lost when the other saves.
 *
 * Life cycle: the page reads the saved envelope (`readSaved`); a missing one starts empty; an
 * invalid one is kept as it is and reported, never overwritten, until the rep downloads it or
 * chooses a fresh start (which first copies it to a backup key). Every change is merged with
 * what is stored now and written back (`mergeData`, `serialize`). Saved values and import files
 * share one envelope and one reader (`readEnvelope`); CSV lives in `csv.ts`, loaded on export.
 */
// zod/mini keeps the worksheet islands small (about 6 KB gzip against about 90 KB for classic zod).
import * as z from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { describeIssues, issueMessage } from '../site/zod-messages';

/** Every saved value and export file starts with this marker. */
export const APP_ID = 'customer-atlas';

/** A record with its change time; `deleted` marks a tombstone. */
export const versioned = <T extends z.ZodMiniType>(value: T) =>
  z.object({ updatedAt: z.number().check(z.gte(0)), deleted: z.optional(z.boolean()), value });

/** One record as stored. */
export type Versioned<T> = { updatedAt: number; deleted?: boolean | undefined; value: T };
/** A collection of records by id. */
export type Collection<T> = Record<string, Versioned<T>>;
/** A worksheet's data: named collections. */
export type Collections = Record<string, Collection<unknown>>;

/** Everything a worksheet tells the shared state about itself. */
export interface WorksheetDefinition<T extends Collections> {
  /** Worksheet id, e.g. "customer-type-quiz". */
  worksheet: string;
  /** Human name used in messages, e.g. "customer type quiz". */
  label: string;
  /** Data version; bump it when the shape changes. */
  version: number;
  /** Schema of the data (the collections). */
  schema: z.ZodMiniType<T>;
  /** Empty data for a fresh start. */
  empty: () => T;
}

/** The localStorage key of a worksheet at a version, e.g. `customer-atlas:customer-type-quiz:v1`. */
export function storageKey(def: Pick<WorksheetDefinition<Collections>, 'worksheet' | 'version'>): string {
  return `${APP_ID}:${def.worksheet}:v${def.version}`;
}

/** The key a rejected saved value is copied to before a fresh start. */
export function backupKey(def: Pick<WorksheetDefinition<Collections>, 'worksheet' | 'version'>, now: number): string {
  return `${storageKey(def)}:backup:${now}`;
}

/** The envelope every saved value and export file wraps its data in; the data is checked against the worksheet's own schema. */
export const envelopeSchema = z.object({
  app: z.literal(APP_ID),
  worksheet: z.string(),
  version: z.int(),
  data: z.unknown(),
});

/** Why an envelope could not be read: the facts, so each reader words them for its audience. */
export type EnvelopeProblem =
  | { kind: 'not-json' }
  | { kind: 'no-marker' }
  | { kind: 'other-worksheet'; worksheet: string }
  | { kind: 'other-version'; version: number }
  | { kind: 'data'; issues: readonly $ZodIssue[]; data: unknown };

/**
 * What reading an envelope gives: the checked data (and the data as it stood in the text, for
 * saying what a file held), or the problem with `details`, one line per problem naming the field,
 * for whoever repairs the text by hand.
 */
export type EnvelopeReading<T> =
  | { ok: true; data: T; input: unknown }
  | { ok: false; problem: EnvelopeProblem; details: string[] };

/** The one reader of saved values and import files: the envelope, then the worksheet's schema, worded by `issueMessage`. */
export function readEnvelope<T extends Collections>(def: WorksheetDefinition<T>, text: string): EnvelopeReading<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' }, details: ['the file: is not JSON'] };
  }
  const head = envelopeSchema.safeParse(json, { error: issueMessage });
  if (!head.success) return { ok: false, problem: { kind: 'no-marker' }, details: describeIssues(head.error) };
  const { worksheet, version, data } = head.data;
  if (worksheet !== def.worksheet) {
    return { ok: false, problem: { kind: 'other-worksheet', worksheet }, details: [`worksheet: "${worksheet}", expected "${def.worksheet}"`] };
  }
  if (version !== def.version) {
    return { ok: false, problem: { kind: 'other-version', version }, details: [`version: ${version}, this page reads ${def.version}`] };
  }
  const body = def.schema.safeParse(data, { error: issueMessage });
  if (!body.success) return { ok: false, problem: { kind: 'data', issues: body.error.issues, data }, details: describeIssues(body.error, ['data']) };
  return { ok: true, data: body.data, input: data };
}

/** What reading a saved value gives. */
export type ReadResult<T> =
  | { status: 'empty'; data: T }
  | { status: 'ok'; data: T }
  | { status: 'invalid'; data: T; raw: string; problems: string[] };

/** Reads a saved value (null when nothing is saved). Invalid data comes back with its raw text and the problems' details, never dropped. */
export function readSaved<T extends Collections>(def: WorksheetDefinition<T>, raw: string | null): ReadResult<T> {
  if (raw === null) return { status: 'empty', data: def.empty() };
  const read = readEnvelope(def, raw);
  return read.ok ? { status: 'ok', data: read.data } : { status: 'invalid', data: def.empty(), raw, problems: read.details };
}

/** The saved or exported text of a worksheet's data; an export may name the rep it is from (`rep`). */
export function serialize<T extends Collections>(def: WorksheetDefinition<T>, data: T, now: Date, rep?: string | null): string {
  return JSON.stringify(
    { app: APP_ID, worksheet: def.worksheet, version: def.version, savedAt: now.toISOString(), ...(rep ? { rep } : {}), data },
    null,
    2,
  );
}

/** Merges two copies of the same worksheet's data record by record: the newer change wins, nothing is dropped. */
export function mergeData<T extends Collections>(a: T, b: T): T {
  const out: Collections = {};
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = a[name] ?? {};
    const right = b[name] ?? {};
    const merged: Collection<unknown> = { ...left };
    for (const [id, record] of Object.entries(right)) {
      const mine = merged[id];
      if (!mine || record.updatedAt > mine.updatedAt) merged[id] = record;
    }
    out[name] = merged;
  }
  return out as T;
}

/** Sets a record (its change time is `now`). */
export function putRecord<V>(collection: Collection<V>, id: string, value: V, now: number): Collection<V> {
  return { ...collection, [id]: { updatedAt: now, value } };
}

/** Deletes a record by leaving a tombstone, so other tabs learn of the deletion. */
export function deleteRecord<V>(collection: Collection<V>, id: string, now: number): Collection<V> {
  const old = collection[id];
  return old ? { ...collection, [id]: { updatedAt: now, deleted: true, value: old.value } } : collection;
}

/** The live (not deleted) records of a collection as [id, value] pairs, in insertion order. */
export function liveRecords<V>(collection: Collection<V>): [string, V][] {
  return Object.entries(collection).flatMap(([id, r]) => (r.deleted ? [] : [[id, r.value] as [string, V]]));
}

/** What an import would do: which records are new, which would replace a different existing one. */
export interface ImportPlan {
  added: string[];
  conflicts: string[];
  unchanged: string[];
}

/** Compares incoming records with existing ones in one collection, without changing anything. */
export function planImport<V>(existing: Collection<V>, incoming: Collection<V>): ImportPlan {
  const plan: ImportPlan = { added: [], conflicts: [], unchanged: [] };
  for (const [id, record] of Object.entries(incoming)) {
    if (record.deleted) continue;
    const mine = existing[id];
    if (!mine || mine.deleted) plan.added.push(id);
    else if (JSON.stringify(mine.value) === JSON.stringify(record.value)) plan.unchanged.push(id);
    else plan.conflicts.push(id);
  }
  return plan;
}

/**
 * Applies an import to one collection. "keep-mine" adds only new records; "replace" also lets
 * the incoming records replace existing ones (only after the rep confirmed). Stamped with `now`.
 */
export function applyImport<V>(
  existing: Collection<V>,
  incoming: Collection<V>,
  mode: 'keep-mine' | 'replace',
  now: number,
): Collection<V> {
  const plan = planImport(existing, incoming);
  const take = mode === 'replace' ? [...plan.added, ...plan.conflicts] : plan.added;
  let out = existing;
  for (const id of take) out = putRecord(out, id, incoming[id]!.value, now);
  return out;
}

/** A file name for an export, e.g. `customer-type-quiz-acme-2026-11-23.json`. */
export function exportFileName(worksheet: string, label: string, now: Date, extension: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop the accents NFKD split off, so "Ü" becomes "u", not "u-"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${[worksheet, slug, now.toISOString().slice(0, 10)].filter(Boolean).join('-')}.${extension}`;
}
