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
 * what is stored now and written back (`mergeData`, `serialize`).
 */
// zod/mini keeps the worksheet islands small (about 6 KB gzip against about 90 KB for classic zod).
import * as z from 'zod/mini';
import { describeIssues } from '../site/zod-messages';

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

const envelopeHead = z.object({
  app: z.literal(APP_ID),
  worksheet: z.string(),
  version: z.int(),
  data: z.unknown(),
});

/** What reading a saved or imported value gives. */
export type ReadResult<T> =
  | { status: 'empty'; data: T }
  | { status: 'ok'; data: T }
  | { status: 'invalid'; data: T; raw: string; problems: string[] };

/** Reads a saved value (null when nothing is saved). Invalid data comes back with its raw text, never dropped. */
export function readSaved<T extends Collections>(def: WorksheetDefinition<T>, raw: string | null): ReadResult<T> {
  if (raw === null) return { status: 'empty', data: def.empty() };
  const parsed = parseEnvelope(def, raw);
  return parsed.ok
    ? { status: 'ok', data: parsed.data }
    : { status: 'invalid', data: def.empty(), raw, problems: parsed.problems };
}

/** The saved or exported text of a worksheet's data; an export may name the rep it is from (`rep`). */
export function serialize<T extends Collections>(def: WorksheetDefinition<T>, data: T, now: Date, rep?: string | null): string {
  return JSON.stringify(
    { app: APP_ID, worksheet: def.worksheet, version: def.version, savedAt: now.toISOString(), ...(rep ? { rep } : {}), data },
    null,
    2,
  );
}

/** Parses an envelope (saved value or import file); problems name the field and say what to do. */
export function parseEnvelope<T extends Collections>(
  def: WorksheetDefinition<T>,
  text: string,
): { ok: true; data: T } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['the file: is not JSON. Choose a file exported from Customer Atlas (.json).'] };
  }
  const head = envelopeHead.safeParse(json);
  if (!head.success) {
    return {
      ok: false,
      problems: ['the file: is not a Customer Atlas export (no "app": "customer-atlas" marker). Choose a file exported from this site.'],
    };
  }
  const { worksheet, version, data } = head.data;
  if (worksheet !== def.worksheet) {
    return {
      ok: false,
      problems: [`worksheet: this file holds the "${worksheet}" worksheet, not the ${def.label}. Import it on that worksheet's page.`],
    };
  }
  if (version !== def.version) {
    return {
      ok: false,
      problems: [`version: this file is version ${version} of the ${def.label}; this page reads version ${def.version}. Export it again from an up-to-date page.`],
    };
  }
  const body = def.schema.safeParse(data);
  if (!body.success) return { ok: false, problems: describeIssues(body.error, ['data']) };
  return { ok: true, data: body.data };
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

/** Quotes one CSV cell (RFC 4180) and defuses spreadsheet formulas in text typed by a rep. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document from a header row and data rows (CRLF line ends, as spreadsheets expect). */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
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
