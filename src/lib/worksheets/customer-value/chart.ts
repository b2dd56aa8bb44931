/** The whale-curve chart as numbers: the vertical scale, its ticks, and the points in a 0–100 drawing box. */
import { agreeing } from '../../site/plural-phrases';
import { percent } from './format';
import { thinCurve, type Curve, type CurvePoint } from './pareto';
import type { ListSummary } from './score';

/** The chart's vertical scale: top value (a share, at least 100%) and tick values. */
export function shareScale(peak: number): { top: number; ticks: number[] } {
  const step = 50 * Math.max(1, Math.ceil(Math.max(100, peak) / 200));
  const top = Math.max(step * 2, Math.ceil((Math.max(100, peak) + 1) / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { top, ticks };
}

/** A curve's points in the drawing box: x 0–100 across the customers, y 0 (top of scale) to 100 (zero). */
export function drawPoints(curve: Curve, top: number, max = 240): string {
  const n = curve.points.at(-1)?.customers ?? 0;
  if (n === 0) return '';
  return thinCurve(curve.points, curve.peak, max)
    .map((p: CurvePoint) => `${((p.customers / n) * 100).toFixed(2)},${(100 - (p.share / top) * 100).toFixed(2)}`)
    .join(' ');
}

/** Points for the text alternative: every customer for short lists, else every tenth of the list. */
export function describedPoints(curve: Curve, every = 20): CurvePoint[] {
  const n = curve.points.length - 1;
  if (n <= 0) return [];
  if (n <= every) return curve.points.slice(1);
  return Array.from({ length: 10 }, (_, k) => curve.points[Math.round(((k + 1) * n) / 10)]!);
}

/** Where profit peaks on a whale curve with a profit in total, in one sentence; `total` names whose total it is. */
export function profitPeakSentence(whale: Curve, total = 'the total'): string {
  const { peak, pastPeak } = whale;
  return `Profit peaks at ${percent(peak.share)} of ${total} after the ${peak.customers} most profitable ${agreeing(peak.customers, 'customer', 'customers')}; the ${pastPeak} after ${agreeing(pastPeak, 'it gives', 'them give')} ${percent(peak.share - 100)} back.`;
}

/** The chart's summary in words: the 80/20 figures and the profit peak, or why there is no curve. */
export function chartSummary(s: Pick<ListSummary, 'count' | 'whale' | 'top20Revenue' | 'top20Profit'>): string {
  if (!s.count) return 'The chart appears once you have customers.';
  if (s.whale.points.length === 0) return 'Your customers lose money in total, so there is no profit to share out: look at tier C first.';
  return `The top 20% of customers bring ${percent(s.top20Revenue)} of revenue and ${percent(s.top20Profit)} of profit. ${profitPeakSentence(s.whale)}`;
}
