/** R/F/M scores: recency, frequency and money, each 1 (lowest fifth of the list) to 5 (highest fifth). */

/**
 * Quintile scores of values within their list: 1 + ⌊5 × (values strictly below) / n⌋, so equal
 * values share a score, the highest fifth scores 5 and the lowest 1. -Infinity sorts lowest.
 */
export function quintileScores(values: readonly number[]): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || 0);
  const scores = new Array<number>(n);
  let below = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (k > 0 && values[i]! !== values[order[k - 1]!]!) below = k;
    scores[i] = 1 + Math.floor((5 * below) / n);
  }
  return scores;
}

/** Days from an ISO date (YYYY-MM-DD) to today; null when no date. */
export function daysSince(date: string, today: Date): number | null {
  if (!date) return null;
  const then = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(then)) return null;
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((now - then) / 86_400_000);
}

/** One customer's R, F and M scores. */
export interface Rfm {
  r: number;
  f: number;
  m: number;
}

/** R/F/M of a list: recency from the last order date (recent is high; no date is lowest), frequency from orders, money from revenue. */
export function rfmScores(customers: readonly { lastOrder: string; orders: number; revenue: number }[], today: Date): Rfm[] {
  const recency = quintileScores(customers.map((c) => {
    const days = daysSince(c.lastOrder, today);
    return days === null ? -Infinity : -days;
  }));
  const frequency = quintileScores(customers.map((c) => c.orders));
  const money = quintileScores(customers.map((c) => c.revenue));
  return customers.map((_, i) => ({ r: recency[i]!, f: frequency[i]!, m: money[i]! }));
}
