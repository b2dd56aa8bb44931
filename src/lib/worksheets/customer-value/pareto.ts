/**
 * How value is spread across the list: the share of revenue from the top 20% of customers (the
 * 80/20 rule), and the cumulative profit curve or "whale curve" (the 20/200 rule: the most
 * profitable customers can earn more than all the profit, which the money-losing tail gives back).
 */

/** Share (0–100) of the total of non-negative amounts (revenue) that the top 20% of the list brings (rounded up: 1 of 3 customers); 0 for an empty or all-zero list. */
export function topShare(amounts: readonly number[], fraction = 0.2): number {
  const total = amounts.reduce((s, x) => s + x, 0);
  if (amounts.length === 0 || !(total > 0)) return 0;
  const sorted = [...amounts].sort((a, b) => b - a);
  const count = Math.ceil(amounts.length * fraction);
  let top = 0;
  for (let i = 0; i < count; i++) top += sorted[i]!;
  return Math.min(100, Math.max(0, (top / total) * 100));
}

/** One point of a cumulative curve: after the first `customers` of the list, `share` % of the total. */
export interface CurvePoint {
  customers: number;
  share: number;
}

/** A cumulative curve, largest amounts first, with its peak. */
export interface Curve {
  /** Starts at (0, 0); after the last customer the share is exactly 100. Empty when the total is not above zero. */
  points: CurvePoint[];
  total: number;
  /** Highest share reached and after how many customers (the first time). */
  peak: CurvePoint;
  /** Customers after the peak: the tail that gives profit back. */
  pastPeak: number;
}

/** The cumulative curve of amounts, largest first, as a share of their total (the whale curve for profits). */
export function cumulativeCurve(amounts: readonly number[]): Curve {
  const total = amounts.reduce((s, x) => s + x, 0);
  const n = amounts.length;
  if (n === 0 || !(total > 0)) return { points: [], total, peak: { customers: 0, share: 0 }, pastPeak: 0 };
  const sorted = [...amounts].sort((a, b) => b - a);
  const points: CurvePoint[] = [{ customers: 0, share: 0 }];
  let running = 0;
  let peak = points[0]!;
  for (let i = 0; i < n; i++) {
    running += sorted[i]!;
    const point = { customers: i + 1, share: i === n - 1 ? 100 : (running / total) * 100 };
    points.push(point);
    if (point.share > peak.share) peak = point;
  }
  return { points, total, peak, pastPeak: n - peak.customers };
}

/** At most `max` points of a curve for drawing: evenly spaced, keeping the first, the last and the peak. */
export function thinCurve(points: readonly CurvePoint[], peak: CurvePoint, max = 240): CurvePoint[] {
  if (points.length <= max) return [...points];
  const step = (points.length - 1) / (max - 1);
  const out: CurvePoint[] = [];
  for (let k = 0; k < max; k++) out.push(points[Math.round(k * step)]!);
  const at = out.findIndex((p) => p.customers >= peak.customers);
  if (at >= 0 && out[at]!.customers !== peak.customers) out.splice(at, 0, peak);
  return out;
}
