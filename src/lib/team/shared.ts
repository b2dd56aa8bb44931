/** The same customer or account held by two or more reps, side by side, with where they disagree. */
import { verdicts as verdictWords } from '../worksheets/ideal-customer-checklist/criteria';
import type { RepCustomer, RepRollup } from './merge';

/** One rep's view of a shared customer. */
export interface Holder {
  rep: string;
  customer: RepCustomer;
}

/** A customer held by several reps. */
export interface SharedCustomer {
  key: string;
  name: string;
  holders: Holder[];
  /** Plain words for each disagreement ("verdict: Ana: Keep…; Ben: Consider letting go"); empty when they agree. */
  differences: string[];
}

const distinct = (values: readonly (string | null)[]) => new Set(values.filter((v): v is string => v !== null)).size;

function differences(holders: readonly Holder[]): string[] {
  const out: string[] = [];
  const rated = holders.filter((h) => h.customer.verdict !== null && h.customer.verdict !== 'incomplete');
  if (distinct(rated.map((h) => h.customer.verdict)) > 1) out.push(`Verdicts differ: ${rated.map((h) => `${h.rep} says “${verdictWords[h.customer.verdict!].label}”`).join(', ')}.`);
  const tiered = holders.filter((h) => h.customer.tier !== null);
  if (distinct(tiered.map((h) => h.customer.tier)) > 1) out.push(`Tiers differ: ${tiered.map((h) => `${h.rep} has tier ${h.customer.tier}`).join(', ')}.`);
  return out;
}

/** Customers held by more than one rep (names compared normalised), disagreements first, then by name. */
export function sharedCustomers(reps: readonly RepRollup[]): SharedCustomer[] {
  const byKey = new Map<string, Holder[]>();
  for (const rep of reps) for (const customer of rep.customers) (byKey.get(customer.key) ?? byKey.set(customer.key, []).get(customer.key)!).push({ rep: rep.rep, customer });
  const out: SharedCustomer[] = [];
  for (const [key, holders] of byKey) {
    if (holders.length < 2) continue;
    out.push({ key, name: holders[0]!.customer.name, holders, differences: differences(holders) });
  }
  return out.sort((a, b) => Number(b.differences.length > 0) - Number(a.differences.length > 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** What the roll-up's filter chooses: one rep (or every rep), a name search, only disagreements. */
export interface TeamFilter {
  rep: string | null;
  query: string;
  disagreeOnly: boolean;
}

/** The reps a filter keeps. */
export const filterReps = (reps: readonly RepRollup[], filter: TeamFilter): RepRollup[] => (filter.rep === null ? [...reps] : reps.filter((r) => r.key === filter.rep));

/** The shared customers a filter keeps (a rep filter keeps those the rep holds). */
export function filterShared(shared: readonly SharedCustomer[], filter: TeamFilter, repName: string | null): SharedCustomer[] {
  const query = filter.query.trim().toLowerCase();
  return shared.filter(
    (s) => (!filter.disagreeOnly || s.differences.length > 0) && (query === '' || s.name.toLowerCase().includes(query) || s.key.includes(query)) && (repName === null || s.holders.some((h) => h.rep === repName)),
  );
}
