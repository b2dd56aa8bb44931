/**
 * What a sheet import remembers and reads back: the rep's own column choices for a set of headers
 * (kept in localStorage under `mappingsKey`, checked with zod, so the next file with the same
 * headers maps itself), and the assumptions a CSV exported by this site states in its "#" lines.
 */
import * as z from 'zod/mini';
import { fieldIds, type FieldId, type Mapping } from './columns';
import { currencyCodes, type CurrencyCode } from './currency';
import { assumptionsSchema, type Assumptions } from './schemas';

/** The localStorage key of remembered mappings. */
export const mappingsKey = 'customer-atlas:customer-value:mappings';
/** How many header sets are remembered (the most recent first). */
export const rememberedMax = 20;

const memorySchema = z.array(z.object({ headers: z.string().check(z.maxLength(4000)), fields: z.record(z.string(), z.string()) }));
type Memory = z.infer<typeof memorySchema>;

const headerSet = (headers: readonly string[]) => headers.map((h) => h.trim().toLowerCase()).join('\u001f');

function readMemory(raw: string | null): Memory {
  if (!raw) return [];
  try {
    const parsed = memorySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The mapping the rep chose last time for exactly these headers, or null. */
export function recallMapping(raw: string | null, headers: readonly string[]): Mapping | null {
  const entry = readMemory(raw).find((m) => m.headers === headerSet(headers));
  if (!entry) return null;
  const lower = headers.map((h) => h.trim().toLowerCase());
  const mapping = Object.fromEntries(fieldIds.map((id) => [id, null])) as Mapping;
  for (const [id, header] of Object.entries(entry.fields)) {
    const at = lower.indexOf(header);
    if ((fieldIds as readonly string[]).includes(id) && at >= 0) mapping[id as FieldId] = at;
  }
  return mapping;
}

/** The stored text with this mapping remembered for these headers (most recent first, at most `rememberedMax`). */
export function rememberMapping(raw: string | null, headers: readonly string[], mapping: Mapping): string {
  const key = headerSet(headers);
  const fields: Record<string, string> = {};
  for (const id of fieldIds) if (mapping[id] !== null) fields[id] = headers[mapping[id]!]!.trim().toLowerCase();
  return JSON.stringify([{ headers: key, fields }, ...readMemory(raw).filter((m) => m.headers !== key)].slice(0, rememberedMax));
}

const noteSchema = z.object({
  retention: assumptionsSchema.shape.retention,
  discount: assumptionsSchema.shape.discount,
  horizon: assumptionsSchema.shape.horizon,
});

/** The assumptions stated in a sheet's "#" notes (this site's CSV export), or null when they are missing or out of range. */
export function assumptionsFromNotes(notes: Record<string, string> | undefined): (Pick<Assumptions, 'retention' | 'discount' | 'horizon'> & { currency?: CurrencyCode; exported?: string }) | null {
  if (!notes) return null;
  const read = noteSchema.safeParse({ retention: Number(notes['retention %']), discount: Number(notes['discount %']), horizon: Number(notes['horizon years']) });
  if (!read.success) return null;
  const currency = (currencyCodes as string[]).includes(notes.currency ?? '') ? (notes.currency as CurrencyCode) : undefined;
  return { ...read.data, ...(currency ? { currency } : {}), ...(notes.exported ? { exported: notes.exported } : {}) };
}
