/**
 * Shapes of the checklist's saved data, stated once with zod/mini (small enough for the island).
 *
 * Data: three collections of versioned records (see `worksheet-state`): `customers` by a generated
 * id, each with its name and ratings (partial while being scored); `portrait` with the one record
 * "best"; `sources` with records "1" to "7". Scores and verdicts are never stored: they are
 * recomputed from the ratings, so a change of weights never leaves stale verdicts behind.
 */
import * as z from 'zod/mini';
import { versioned, type WorksheetDefinition } from '../state';
import { criterionIds, maxLevel } from './criteria';

/** One rating: a whole step from 0 (worst) to 4 (best). */
export const ratingLevelSchema = z.int().check(z.gte(0), z.lte(maxLevel));

/** Text of at most `max` characters (a refine costs the island less than zod's length checks). */
const textUpTo = (max: number, least = 0) =>
  z.string().check(z.refine((text) => text.length >= least && text.length <= max, `Expected ${least ? `${least} to ` : 'at most '}${max} characters.`));

/**
 * An object whose listed keys are all optional and whose other keys are refused: what
 * `z.partialRecord(z.enum(keys), value)` checks, for less code in the island. Typed as that
 * partial record (absent keys, never `undefined` values), as the shared `Collections` type needs.
 */
const optionalKeys = <K extends string, T extends z.ZodMiniType>(keys: readonly K[], value: T) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, z.optional(value)]))) as unknown as z.ZodMiniType<Partial<Record<K, z.output<T>>>>;

/** A customer's ratings by criterion; a criterion not yet rated is absent. */
export const ratingsSchema = optionalKeys(criterionIds, ratingLevelSchema);
/** A customer's ratings by criterion. */
export type Ratings = z.infer<typeof ratingsSchema>;

/** Longest customer name kept. */
export const maxNameLength = 120;

/** A customer on the checklist. */
export const customerSchema = z.object({
  name: textUpTo(maxNameLength, 1),
  ratings: ratingsSchema,
  /** When the rep added it (ms), to keep the list in the order it was typed. */
  addedAt: z.number().check(z.gte(0)),
});
/** A customer on the checklist. */
export type ScoredCustomer = z.infer<typeof customerSchema>;

const portraitText = textUpTo(1000);

/** Fields of the best-customer portrait, in the order of the form. */
export const portraitFields = ['industry', 'size', 'buyerRole', 'location', 'needs', 'activities'] as const;
/** One field of the portrait. */
export type PortraitField = (typeof portraitFields)[number];

/** Labels of the portrait fields, in form order. */
export const portraitLabels: Record<PortraitField, string> = {
  industry: 'Industry',
  size: 'Size',
  buyerRole: 'Role of the buyer',
  location: 'Location',
  needs: 'What they need most',
  activities: 'What they do',
};

/** The best-customer portrait: which customer, who they are and what they do. */
export const portraitSchema = z.object({
  /** The id of the customer the portrait describes ("" until one is picked). */
  customerId: textUpTo(80),
  industry: portraitText,
  size: portraitText,
  buyerRole: portraitText,
  location: portraitText,
  needs: portraitText,
  activities: portraitText,
});
/** The best-customer portrait. */
export type Portrait = z.infer<typeof portraitSchema>;

/** The id of the one portrait record. */
export const portraitId = 'best' as const;

/** Ids of the seven source slots. */
export const sourceIds = ['1', '2', '3', '4', '5', '6', '7'] as const;
/** One source slot id. */
export type SourceId = (typeof sourceIds)[number];

/** One of the seven sources of look-alike customers. */
export const sourceSlotSchema = z.object({ text: textUpTo(300) });
/** One of the seven sources. */
export type SourceSlot = z.infer<typeof sourceSlotSchema>;

/** Everything the checklist saves. */
export const checklistDataSchema = z.object({
  customers: z.catchall(z.object({}), versioned(customerSchema)),
  portrait: optionalKeys([portraitId], versioned(portraitSchema)),
  sources: optionalKeys(sourceIds, versioned(sourceSlotSchema)),
});
/** Everything the checklist saves. */
export type ChecklistData = z.infer<typeof checklistDataSchema>;

/** The checklist as the shared worksheet state knows it. */
export const checklistWorksheet: WorksheetDefinition<ChecklistData> = {
  worksheet: 'ideal-customer-checklist',
  label: 'ideal-customer checklist',
  version: 1,
  schema: checklistDataSchema,
  empty: () => ({ customers: {}, portrait: {}, sources: {} }),
};

/** An empty portrait. */
export const emptyPortrait = (): Portrait => ({ customerId: '', industry: '', size: '', buyerRole: '', location: '', needs: '', activities: '' });
