/** Four figures at the top: customers, engagement value, the top-20% revenue share and the whale-curve peak. */
import { currencyLabel, withCurrency, type CurrencyCode } from '../../../lib/worksheets/customer-value/currency';
import { money, percent } from '../../../lib/worksheets/customer-value/format';
import type { ListSummary } from '../../../lib/worksheets/customer-value/score';

/** The summary strip; the same boxes before and after the values load (`count` is shown until then), so nothing moves. */
export default function SummaryStrip({ summary: s, count, currency = '' }: { summary: ListSummary | null; count: number; currency?: CurrencyCode | '' }) {
  if (!s) return <Strip stats={placeholder.map((stat, i) => (i === 0 ? { ...stat, value: String(count) } : stat))} />;
  const empty = s.count === 0;
  const stats = [
    { label: 'Customers', value: String(s.count), note: empty ? 'none yet' : `${s.losing} losing money` },
    { label: 'Engagement value (CEV)', value: empty ? '–' : withCurrency(money(s.cev), currency), note: currency ? `in ${currencyLabel(currency)}` : 'CLV + CRV + CIV + CKV' },
    { label: 'Revenue from the top 20%', value: empty ? '–' : percent(s.top20Revenue), note: 'the 80/20 rule' },
    {
      label: 'Profit peak',
      value: s.whale.points.length ? percent(s.whale.peak.share) : '–',
      note: s.whale.points.length ? `${s.whale.pastPeak} past the peak` : 'no profit yet',
    },
  ];
  return <Strip stats={stats} />;
}

const placeholder = ['Customers', 'Engagement value (CEV)', 'Revenue from the top 20%', 'Profit peak'].map((label) => ({ label, value: '–', note: '' }));

/** The four boxes. */
function Strip({ stats }: { stats: { label: string; value: string; note: string }[] }) {
  return (
    <dl class="cv-summary">
      {stats.map((stat) => (
        <div class="cv-stat" key={stat.label}>
          <dt>{stat.label}</dt>
          <dd class="num cv-stat-value">{stat.value}</dd>
          <dd class="cv-stat-note">{stat.note}</dd>
        </div>
      ))}
    </dl>
  );
}
