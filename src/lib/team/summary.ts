/** What the roll-up shows: each rep's counts, and the team's type mix, verdicts, tiers against verdicts and whale curve. */
import { customerTypeIds, type CustomerTypeId } from '../worksheets/customer-type-quiz/types';
import { verdictIds, type VerdictId } from '../worksheets/ideal-customer-checklist/criteria';
import { compare, type Agreement } from '../worksheets/customer-value/instinct';
import { cumulativeCurve, type Curve } from '../worksheets/customer-value/pareto';
import { tierIds, type TierId } from '../worksheets/customer-value/tiers';
import type { RepRollup } from './merge';

/** Counts of contacts by type; "unfinished" for contacts whose quiz is not complete. */
export type TypeCounts = Record<CustomerTypeId | 'unfinished', number>;

/** One rep's line in the roll-up. */
export interface RepSummary {
  key: string;
  rep: string;
  files: number;
  /** Every customer or account the rep holds on any worksheet. */
  accounts: number;
  /** Accounts with contacts the rep classified in the quiz. */
  mapped: number;
  contacts: number;
  customers: number;
  types: TypeCounts;
  verdicts: Record<VerdictId, number>;
  tiers: Record<TierId, number>;
  read: number;
}

const zero = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const typeKeys = [...customerTypeIds, 'unfinished'] as const;

/** One rep's counts. */
export function repSummary(rep: RepRollup): RepSummary {
  const types = zero(typeKeys);
  for (const c of rep.contacts) types[c.type ?? 'unfinished'] += 1;
  const verdicts = zero(verdictIds);
  const tiers = zero(tierIds);
  for (const c of rep.customers) {
    if (c.verdict) verdicts[c.verdict] += 1;
    if (c.tier) tiers[c.tier] += 1;
  }
  return {
    key: rep.key, rep: rep.rep, files: rep.files.length, accounts: rep.customers.length, mapped: rep.customers.filter((c) => c.contacts > 0).length,
    contacts: rep.contacts.length, customers: rep.customers.length, types, verdicts, tiers, read: rep.read.length,
  };
}

/** A customer that carries the team's contribution, with the rep who holds it. */
export interface Carrier {
  rep: string;
  name: string;
  contribution: number;
}

/** The team's figures over some reps. */
export interface TeamSummary {
  reps: number;
  contacts: number;
  customers: number;
  types: TypeCounts;
  verdicts: Record<VerdictId, number>;
  tiers: Record<TierId, number>;
  /** Customers with both a tier and a verdict, counted by tier then verdict. */
  matrix: Record<TierId, Record<VerdictId, number>>;
  /** How those customers' verdicts and tiers compare (the value worksheet's own rule). */
  agreement: Record<Agreement, number>;
  /** Yearly contribution of every customer of every rep, most profitable first. */
  whale: Curve;
  /** The most profitable customers, up to the whale curve's peak (at most `carriersShown`). */
  carriers: Carrier[];
}

/** How many carriers the summary lists. */
export const carriersShown = 10;

/** The team's figures over the given reps (every rep, or a filter's choice). */
export function teamSummary(reps: readonly RepRollup[]): TeamSummary {
  const types = zero(typeKeys);
  const verdicts = zero(verdictIds);
  const tiers = zero(tierIds);
  const matrix = Object.fromEntries(tierIds.map((t) => [t, zero(verdictIds)])) as Record<TierId, Record<VerdictId, number>>;
  const agreement = zero(['disagree', 'partly', 'agree', 'unrated'] as const);
  const contributions: number[] = [];
  const carriers: Carrier[] = [];
  let contacts = 0;
  let customers = 0;
  for (const rep of reps) {
    contacts += rep.contacts.length;
    customers += rep.customers.length;
    for (const c of rep.contacts) types[c.type ?? 'unfinished'] += 1;
    for (const c of rep.customers) {
      if (c.verdict) verdicts[c.verdict] += 1;
      if (c.tier) tiers[c.tier] += 1;
      if (c.tier && c.verdict) (matrix[c.tier][c.verdict] += 1), (agreement[compare(c.verdict, c.tier, c.contribution ?? 0).agreement] += 1);
      if (c.contribution !== null) contributions.push(c.contribution), carriers.push({ rep: rep.rep, name: c.name, contribution: c.contribution });
    }
  }
  const whale = cumulativeCurve(contributions);
  carriers.sort((a, b) => b.contribution - a.contribution || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.rep < b.rep ? -1 : 1));
  const shown = carriers.slice(0, Math.min(carriersShown, Math.max(whale.peak.customers, 0)));
  return { reps: reps.length, contacts, customers, types, verdicts, tiers, matrix, agreement, whale, carriers: shown };
}
