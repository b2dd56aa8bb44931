/**
 * Shapes of the team roll-up, stated once with zod/mini. A rep's file, once read by its
 * worksheet's own importer, becomes a `RepFile`: who it is from, what kind of export it was, and
 * only what the roll-up shows (contacts with their customer type, checklist verdicts, value tiers,
 * read articles). The roll-up's JSON export is a list of these, so it imports again as it was.
 */
import * as z from 'zod/mini';
import { customerTypeIds } from '../worksheets/customer-type-quiz/types';
import { verdictIds } from '../worksheets/ideal-customer-checklist/criteria';
import { tierIds } from '../worksheets/customer-value/tiers';
import { articleId } from '../reading-progress/schemas';
import { APP_ID } from '../worksheets/state';

const text = (min: number, max: number) => z.string().check(z.refine((t) => t.length >= min && t.length <= max, `Expected ${min} to ${max} characters.`));
const finite = z.number().check(z.refine((n) => Number.isFinite(n) && Math.abs(n) <= 1e13, 'Expected a finite amount.'));

/** The kinds of export the roll-up reads. */
export const repFileKinds = ['quiz', 'checklist', 'value', 'progress'] as const;
/** One kind of export. */
export type RepFileKind = (typeof repFileKinds)[number];

/** A contact from the quiz: account, name and the customer type it was classified as (null while unfinished). */
export const teamContactSchema = z.object({ account: text(1, 120), name: text(1, 120), type: z.nullable(z.enum(customerTypeIds)) });
/** A contact from the quiz. */
export type TeamContact = z.infer<typeof teamContactSchema>;

/** A customer's checklist verdict and score (null while incomplete). */
export const teamVerdictSchema = z.object({ customer: text(1, 120), verdict: z.enum(verdictIds), score: z.nullable(finite) });
/** A checklist verdict. */
export type TeamVerdict = z.infer<typeof teamVerdictSchema>;

/** A customer's value tier, yearly contribution and engagement value (CEV). */
export const teamValueSchema = z.object({ customer: text(1, 120), tier: z.enum(tierIds), contribution: finite, cev: finite });
/** A value tier. */
export type TeamValue = z.infer<typeof teamValueSchema>;

/** One rep's file as the roll-up keeps it. */
export const repFileSchema = z.object({
  /** The file's name as dropped (with its folder, when a folder was dropped). */
  file: text(1, 400),
  rep: text(1, 80),
  kind: z.enum(repFileKinds),
  /** When the rep exported it (ISO date and time), "" when the file does not say (CSV). */
  savedAt: text(0, 40),
  contacts: z.array(teamContactSchema),
  verdicts: z.array(teamVerdictSchema),
  values: z.array(teamValueSchema),
  read: z.array(articleId),
});
/** One rep's file as the roll-up keeps it. */
export type RepFile = z.infer<typeof repFileSchema>;

/** The roll-up's own JSON export (and what "Keep this roll-up in this browser" saves). */
export const rollupEnvelope = z.object({
  app: z.literal(APP_ID),
  kind: z.literal('team-rollup'),
  version: z.literal(1),
  savedAt: z.optional(z.string()),
  files: z.array(repFileSchema),
});

/** An empty file of a kind, to fill in. */
export const emptyRepFile = (file: string, rep: string, kind: RepFileKind, savedAt: string): RepFile => ({
  file, rep, kind, savedAt, contacts: [], verdicts: [], values: [], read: [],
});
