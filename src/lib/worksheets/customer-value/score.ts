/** Scores a whole list at once: each customer's values, R/F/M, rank and tier, and the list's Pareto figures. */
import { cumulativeCurve, topShare, type Curve } from './pareto';
import { rfmScores, type Rfm } from './rfm';
import type { Assumptions, Customer } from './schemas';
import { tierAt, tierIds, type TierId } from './tiers';
import { valueOf, type CustomerValue } from './value';

/** A customer with everything computed from it. */
export interface ScoredCustomer extends CustomerValue, Rfm {
  id: string;
  customer: Customer;
  /** 1 = highest CEV (ties broken by name, then by the order added). */
  rank: number;
  tier: TierId;
}

/** The list's totals and Pareto figures. */
export interface ListSummary {
  count: number;
  revenue: number;
  contribution: number;
  cev: number;
  /** Share (0–100) of revenue from the top 20% of customers by revenue. */
  top20Revenue: number;
  /** Share of total yearly contribution from the top 20% by contribution; above 100 when the tail loses money (0 when the total is not above zero). */
  top20Profit: number;
  /** Cumulative yearly contribution, most profitable first (the whale curve). */
  whale: Curve;
  /** Cumulative revenue, largest first (the Pareto curve). */
  pareto: Curve;
  /** Customers who lose money each year (contribution below zero). */
  losing: number;
  tiers: Record<TierId, number>;
}

/** The scored list, highest CEV first, and its summary. */
export interface ScoredList {
  customers: ScoredCustomer[];
  summary: ListSummary;
}

/** Scores customers (given as [id, customer] pairs) under the assumptions; `today` anchors recency. */
export function scoreList(entries: readonly (readonly [string, Customer])[], assumptions: Assumptions, today: Date): ScoredList {
  const list = entries.map(([, c]) => c);
  const rfm = rfmScores(list, today);
  const rows = entries.map(([id, customer], i) => ({ id, customer, ...valueOf(customer, assumptions), ...rfm[i]!, rank: 0, tier: 'C' as TierId }));
  rows.sort((a, b) => b.cev - a.cev || (a.customer.name < b.customer.name ? -1 : a.customer.name > b.customer.name ? 1 : 0) || a.customer.addedAt - b.customer.addedAt);
  const tiers: Record<TierId, number> = { A: 0, B: 0, C: 0 };
  rows.forEach((row, i) => {
    row.rank = i + 1;
    row.tier = tierAt(i, rows.length, row.cev);
    tiers[row.tier] += 1;
  });
  const contributions = rows.map((r) => r.contribution);
  const revenues = rows.map((r) => r.customer.revenue);
  const whale = cumulativeCurve(contributions);
  return {
    customers: rows,
    summary: {
      count: rows.length,
      revenue: revenues.reduce((s, x) => s + x, 0),
      contribution: whale.total,
      cev: rows.reduce((s, r) => s + r.cev, 0),
      top20Revenue: topShare(revenues),
      top20Profit: whale.points[Math.ceil(rows.length * 0.2)]?.share ?? 0,
      whale,
      pareto: cumulativeCurve(revenues),
      losing: contributions.filter((x) => x < 0).length,
      tiers,
    },
  };
}

/** Tier ids in order, re-exported for the views. */
export { tierIds };
