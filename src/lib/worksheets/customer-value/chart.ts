/** The whale-curve chart as numbers: the vertical scale, its ticks, and the points in a 0–100 drawing box. */
import { thinCurve, type Curve, type CurvePoint } from './pareto';

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
