/**
 * Shapes of the customer value worksheet's saved data, stated once with zod/mini.
 *
 * Data: two collections of versioned records (see `worksheet-state`): `customers` by a generated
 * id, each with the figures a rep types or imports; `settings` with the one record "assumptions"
 * (retention, discount rate, horizon, and the money each influence and knowledge step is worth).
 * Values (CLV, CEV, tiers, R/F/M) are never stored: they are recomputed from these entries.
 */
import * as z from 'zod/mini';
import { currencyCodes, type CurrencyCode } from './currency';
import { versioned, type WorksheetDefinition } from '../state';

/** The largest amount of money kept (a trillion), so sums stay finite. */
export const maxAmount = 1e12;
/** Longest customer name kept. */
export const maxNameLength = 120;
/** The best step of the influence and knowledge scales (steps run 0 to 4). */
export const maxStep = 4;

const between = (min: number, max: number) => z.number().check(z.refine((n) => Number.isFinite(n) && n >= min && n <= max, `Expected a number from ${min} to ${max}.`));
const amount = between(0, maxAmount);
const count = z.int().check(z.refine((n) => n >= 0 && n <= 1e7, 'Expected a whole number from 0 to 10000000.'));
const step = z.nullable(z.int().check(z.refine((n) => n >= 0 && n <= maxStep, `Expected a step from 0 to ${maxStep}.`)));

/** One customer as the rep entered or imported it. */
export const customerSchema = z.object({
  name: z.string().check(z.refine((t) => t.trim().length >= 1 && t.length <= maxNameLength, `Expected 1 to ${maxNameLength} characters.`)),
  /** Annual revenue. */
  revenue: amount,
  /** Gross margin, in percent of revenue (-100 to 100). */
  margin: between(-100, 100),
  /** Yearly cost to serve (support, visits, special terms). */
  costToServe: amount,
  /** Orders in the last 12 months. */
  orders: count,
  /** Date of the last order (YYYY-MM-DD), or "" when unknown. */
  lastOrder: z.string().check(z.refine((t) => t === '' || /^\d{4}-\d{2}-\d{2}$/.test(t), 'Expected a date like 2026-03-14, or nothing.')),
  /** Years the customer is expected to stay, or null to use a retention rate. */
  years: z.nullable(between(0, 100)),
  /** This customer's own retention rate in percent, or null for the worksheet's assumption. */
  retention: z.nullable(between(0, 100)),
  /** New customers they sent. */
  referrals: count,
  /** Estimated value of each referred customer. */
  referralValue: amount,
  /** Influence on other buyers, a step from 0 to 4 (null: not rated). */
  influence: step,
  /** Knowledge they share (ideas, feedback), a step from 0 to 4 (null: not rated). */
  knowledge: step,
  /** When it was added (ms), to keep the typed order. */
  addedAt: z.number().check(z.gte(0)),
  /** Cells an import could not read, by field, as written: left empty and shown for the rep to fix; such a customer counts in no total until fixed. */
  flags: z.optional(z.record(z.string(), z.string().check(z.maxLength(200)))),
});
/** One customer as entered. */
export type Customer = z.infer<typeof customerSchema>;

const fiveAmounts = z.array(amount).check(z.refine((list) => list.length === maxStep + 1, `Expected ${maxStep + 1} amounts, one per step.`));

/** The assumptions behind every value; editable on the page and saved. */
export const assumptionsSchema = z.object({
  /** Share of customers who stay each year, in percent (used when a customer has no own figure). */
  retention: between(0, 100),
  /** Yearly discount rate in percent: money next year is worth less than money today. */
  discount: between(0, 100),
  /** How many years ahead the lifetime value counts. */
  horizon: z.int().check(z.refine((n) => n >= 1 && n <= 50, 'Expected a whole number of years from 1 to 50.')),
  /** Money equivalent of each influence step, step 0 first. */
  influenceValues: fiveAmounts,
  /** Money equivalent of each knowledge step, step 0 first. */
  knowledgeValues: fiveAmounts,
  /**
   * The currency of every amount (added after the first release: data saved before it has none
   * and loads as "no currency set"; see `currencyOf`).
   */
  currency: z.optional(z.enum(currencyCodes as [CurrencyCode, ...CurrencyCode[]])),
});
/** The assumptions behind every value. */
export type Assumptions = z.infer<typeof assumptionsSchema>;

/** The id of the one assumptions record. */
export const assumptionsId = 'assumptions' as const;

/** Assumptions of a fresh worksheet. */
export const defaultAssumptions = (): Assumptions => ({
  retention: 80,
  discount: 10,
  horizon: 10,
  influenceValues: [0, 1000, 3000, 6000, 10000],
  knowledgeValues: [0, 500, 1500, 3000, 5000],
});

/** Everything the worksheet saves. */
export const valueDataSchema = z.object({
  customers: z.catchall(z.object({}), versioned(customerSchema)),
  settings: z.catchall(z.object({}), versioned(assumptionsSchema)),
});
/** Everything the worksheet saves. */
export type ValueData = z.infer<typeof valueDataSchema>;

/** The worksheet as the shared worksheet state knows it. */
export const customerValueWorksheet: WorksheetDefinition<ValueData> = {
  worksheet: 'customer-value',
  label: 'customer value worksheet',
  version: 1,
  schema: valueDataSchema,
  empty: () => ({ customers: {}, settings: {} }),
};

/** A customer with nothing filled in but its name. */
export const blankCustomer = (name: string, addedAt: number): Customer => ({
  name,
  revenue: 0,
  margin: 0,
  costToServe: 0,
  orders: 0,
  lastOrder: '',
  years: null,
  retention: null,
  referrals: 0,
  referralValue: 0,
  influence: null,
  knowledge: null,
  addedAt,
});
