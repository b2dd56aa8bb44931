/** The worksheet's exports: JSON (re-importable), CSV (one row per customer, re-importable as a sheet) and a Markdown summary. */
import { withRep } from '../rep-name';
import { exportFileName, serialize } from '../state';
import { toCsv } from '../csv';
import { profitPeakSentence } from './chart';
import { fields } from './columns';
import { currencyLabel, withCurrency } from './currency';
import { money, percent } from './format';
import { agreementCounts, agreementLabels, type InstinctRow } from './instinct';
import { customerValueWorksheet, defaultAssumptions, type Assumptions, type ValueData } from './schemas';
import type { ScoredList } from './score';
import { tierGuides, tierIds } from './tiers';
import { markdownText } from '../markdown-text';
import { counted } from '../../site/plural';

/** The JSON export: the shared envelope (with the rep's name, if given), read back by the import. */
export function valueJson(data: ValueData, now: Date, rep?: string | null): string {
  return serialize(customerValueWorksheet, data, now, rep);
}

/** The CSV header: results first, then the entries under the labels the sheet import recognises. */
export const csvColumns: readonly string[] = [
  'Rank', 'Tier', 'CEV', 'CLV', 'CRV', 'CIV', 'CKV', 'Yearly contribution', 'R', 'F', 'M',
  fields.name.label, fields.revenue.label, fields.margin.label, fields.costToServe.label, fields.orders.label, fields.lastOrder.label,
  fields.years.label, fields.retention.label, fields.referrals.label, fields.referralValue.label, fields.influence.label, fields.knowledge.label,
];

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The assumptions an export was computed under, as "key: value" pairs (CSV comment lines, Markdown list, read back by the sheet import). */
export function assumptionLines(a: Assumptions, now: Date): [string, string][] {
  return [
    ['retention %', String(a.retention)],
    ['discount %', String(a.discount)],
    ['horizon years', String(a.horizon)],
    ['currency', a.currency ?? ''],
    ['exported', now.toISOString().slice(0, 10)],
  ];
}

/** The CSV export: lines starting "#" with the assumptions, then every customer in rank order; a leading "Rep" column when the rep's name is given. */
export function valueCsv(scored: ScoredList, a: Assumptions = defaultAssumptions(), now = new Date(), rep?: string | null): string {
  const head = ['# Customer Atlas customer value export', ...assumptionLines(a, now).map(([k, v]) => `# ${k}: ${v}`)].join('\r\n');
  return `${head}\r\n` + toCsv(...withRep([...csvColumns], scored.customers.map((s) => {
    const c = s.customer;
    return [
      s.rank, s.tier, round2(s.cev), round2(s.clv), round2(s.crv), round2(s.civ), round2(s.ckv), round2(s.contribution), s.r, s.f, s.m,
      c.name, c.revenue, c.margin, c.costToServe, c.orders, c.lastOrder, c.years, c.retention, c.referrals, c.referralValue, c.influence, c.knowledge,
    ];
  }), rep));
}

/** The Markdown summary: assumptions, totals, Pareto figures, tiers with their customers, and instinct-versus-numbers disagreements. */
export function valueMarkdown(scored: ScoredList, instinct: readonly InstinctRow[], now: Date, a: Assumptions = defaultAssumptions()): string {
  const s = scored.summary;
  const cash = (n: number) => withCurrency(money(n), a.currency);
  const lines = [
    '# Customer value worksheet',
    '',
    `Summary of ${now.toISOString().slice(0, 10)}: ${s.count} customers, revenue ${cash(s.revenue)}, yearly contribution ${cash(s.contribution)}, engagement value (CEV) ${cash(s.cev)}.`,
    '',
    '## Assumptions',
    '',
    `- Retention ${a.retention}% a year (for customers without their own figure), discount rate ${a.discount}%, horizon ${counted(a.horizon, 'year')}.`,
    `- Currency: ${currencyLabel(a.currency)}. Exported on ${now.toISOString().slice(0, 10)}.`,
    '',
    '## How value is spread',
    '',
    `- The top 20% of customers bring ${percent(s.top20Revenue)} of revenue.`,
    s.whale.points.length > 0
      ? `- ${profitPeakSentence(s.whale)}`
      : '- The list makes no profit in total, so there is no profit curve.',
    `- ${counted(s.losing, 'customer loses', 'customers lose')} money each year.`,
  ];
  for (const tier of tierIds) {
    const members = scored.customers.filter((c) => c.tier === tier);
    lines.push('', `## ${tierGuides[tier].label} (${members.length})`, '', tierGuides[tier].rule, '');
    for (const c of members.slice(0, 20)) lines.push(`${c.rank}. **${markdownText(c.customer.name)}**: CEV ${money(c.cev)} (CLV ${money(c.clv)}, CRV ${money(c.crv)}, CIV ${money(c.civ)}, CKV ${money(c.ckv)})`);
    if (members.length > 20) lines.push(`- and ${members.length - 20} more`);
  }
  if (instinct.length > 0) {
    const counts = agreementCounts(instinct);
    lines.push('', '## Instinct versus numbers', '', `${counted(instinct.length, 'customer is', 'customers are')} also on the ideal-customer checklist: ${counts.disagree} disagree, ${counts.partly} partly agree, ${counts.agree} agree.`, '');
    for (const r of instinct.filter((row) => row.agreement === 'disagree' || row.agreement === 'partly')) lines.push(`- **${markdownText(r.name)}** (${agreementLabels[r.agreement].toLowerCase()}): ${r.note}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The download name of an export. */
export function exportFile(now: Date, extension: string): string {
  return exportFileName(customerValueWorksheet.worksheet, '', now, extension);
}
