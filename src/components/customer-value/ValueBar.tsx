/** A customer's value profile as one inline bar: CLV, CRV, CIV and CKV side by side, scaled to the list's largest value. */
import type { CustomerValue } from '../../lib/customer-value/value';

/** The parts of CEV, in order, with their class names. */
export const parts = [
  { key: 'clv', label: 'CLV' },
  { key: 'crv', label: 'CRV' },
  { key: 'civ', label: 'CIV' },
  { key: 'ckv', label: 'CKV' },
] as const;

/** The bar; hidden from screen readers (the figures are in the row as text). */
export default function ValueBar({ value, scale }: { value: CustomerValue; scale: number }) {
  const width = (n: number) => `${Math.min(100, (Math.max(0, n) / scale) * 100).toFixed(2)}%`;
  if (value.clv < 0 && value.cev <= 0) {
    return <span class="cv-bar" aria-hidden="true"><span class="cv-seg cv-seg-loss" style={{ width: width(-value.cev) }} /></span>;
  }
  return (
    <span class="cv-bar" aria-hidden="true">
      {parts.map((p) => (value[p.key] > 0 ? <span key={p.key} class={`cv-seg cv-seg-${p.key}`} style={{ width: width(value[p.key]) }} /> : null))}
    </span>
  );
}
