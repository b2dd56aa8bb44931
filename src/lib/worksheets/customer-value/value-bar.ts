/**
 * A customer's value profile as the parts of one bar: CLV, CRV, CIV and CKV side by side, scaled
 * to the list's largest value. A part under `minShare` of the bar (4%) cannot be seen, so such
 * parts are merged into one "other" part; the legend lists only the parts some bar draws.
 */
import { money } from './format';
import type { CustomerValue } from './value';

/** The value parts, in drawing order. */
export const valueParts = ['clv', 'crv', 'civ', 'ckv'] as const;
/** A value part. */
export type ValuePart = (typeof valueParts)[number];
/** What a bar can draw: a value part, the merged small parts, or a loss. */
export type BarKey = ValuePart | 'other' | 'loss';

/** Every key in legend order, with its words. */
export const barLabels: Record<BarKey, string> = { clv: 'CLV', crv: 'CRV', civ: 'CIV', ckv: 'CKV', other: 'Other (small parts)', loss: 'Loss' };

/** One drawn part: its key, the money it stands for, its width in % of the track, and which parts an "other" holds. */
export interface BarPart {
  key: BarKey;
  amount: number;
  width: number;
  merged: ValuePart[];
}

/** Below this share of the bar a part is merged into "other". */
export const minShare = 0.04;

/** The money that fills a bar's track: the list's largest CEV, CLV or loss (at least 1). */
export function barScale(values: readonly Pick<CustomerValue, 'cev' | 'clv'>[]): number {
  return Math.max(1, ...values.map((c) => Math.max(c.cev, c.clv, -c.cev)));
}

/** The parts of one customer's bar, scaled so that `scale` fills the track. */
export function barParts(value: Pick<CustomerValue, ValuePart | 'cev'>, scale: number, min = minShare): BarPart[] {
  const track = (n: number) => (scale > 0 ? Math.min(100, (n / scale) * 100) : 0);
  if (value.clv < 0 && value.cev <= 0) return value.cev < 0 ? [{ key: 'loss', amount: value.cev, width: track(-value.cev), merged: [] }] : [];
  const positive = valueParts.filter((k) => value[k] > 0);
  const total = positive.reduce((sum, k) => sum + value[k], 0);
  if (!(total > 0)) return [];
  const full = track(total);
  const small = positive.filter((k) => value[k] / total < min);
  const merge = small.length > 0 && positive.length > 1;
  const parts: BarPart[] = positive.filter((k) => !merge || !small.includes(k)).map((k) => ({ key: k, amount: value[k], width: (value[k] / total) * full, merged: [] }));
  if (merge) {
    const amount = small.reduce((sum, k) => sum + value[k], 0);
    parts.push({ key: 'other', amount, width: (amount / total) * full, merged: small });
  }
  return parts;
}

/** The keys the legend shows: those drawn in at least one bar, in legend order. */
export function barLegend(bars: readonly (readonly BarPart[])[]): BarKey[] {
  const drawn = new Set(bars.flatMap((parts) => parts.map((p) => p.key)));
  return (Object.keys(barLabels) as BarKey[]).filter((k) => drawn.has(k));
}

/** The figures of one bar in words, for its tooltip: "CLV 120,000 · CRV 10,000 · other (CIV, CKV) 3,000". */
export function barFigures(parts: readonly BarPart[]): string {
  if (parts.length === 0) return 'No value yet';
  return parts
    .map((p) => (p.key === 'other' ? `other (${p.merged.map((k) => barLabels[k]).join(', ')}) ${money(p.amount)}` : `${barLabels[p.key]} ${money(p.amount)}`))
    .join(' · ');
}
