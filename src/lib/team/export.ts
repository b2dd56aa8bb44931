/** The roll-up's exports: JSON (imports into /team/ again), CSV (one row per rep and customer) and a Markdown summary. */
import { customerTypeIds, customerTypes } from '../worksheets/customer-type-quiz/types';
import { verdictIds, verdicts } from '../worksheets/ideal-customer-checklist/criteria';
import { tierIds } from '../worksheets/customer-value/tiers';
import { APP_ID, exportFileName } from '../worksheets/state';
import { toCsv } from '../worksheets/csv';
import { counted } from '../site/plural';
import type { Rollup } from './merge';
import type { RepFile } from './schemas';
import type { SharedCustomer } from './shared';
import { repSummary, type TeamSummary } from './summary';

/** The JSON export: every file the roll-up was made from, in the roll-up's shape. */
export function rollupJson(files: readonly RepFile[], now: Date): string {
  return JSON.stringify({ app: APP_ID, kind: 'team-rollup', version: 1, savedAt: now.toISOString(), files }, null, 2);
}

/** The CSV columns of the roll-up. */
export const rollupColumns = ['Rep', 'Customer', 'Contacts', 'Customer types', 'Verdict', 'Score', 'Tier', 'Yearly contribution', 'CEV', 'Held by other reps'];

const round2 = (n: number | null) => (n === null ? '' : Math.round(n * 100) / 100);

/** The CSV export: one row per rep and customer, sorted by rep then customer. */
export function rollupCsv(rollup: Rollup, shared: readonly SharedCustomer[]): string {
  const others = new Map(shared.map((s) => [s.key, s.holders.map((h) => h.rep)]));
  const rows = rollup.reps.flatMap((rep) =>
    rep.customers.map((c) => [
      rep.rep, c.name, c.contacts, c.types.map((t) => customerTypes[t].name).join('; '), c.verdict ? verdicts[c.verdict].label : '', c.score ?? '',
      c.tier ?? '', round2(c.contribution), round2(c.cev), (others.get(c.key) ?? []).filter((r) => r !== rep.rep).join('; '),
    ]),
  );
  return toCsv(rollupColumns, rows);
}

const md = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|#~]/g, '\\$&');

/** The Markdown summary: each rep, the team's mix, verdicts and tiers, and where reps disagree. */
export function rollupMarkdown(rollup: Rollup, team: TeamSummary, shared: readonly SharedCustomer[], now: Date): string {
  const lines = ['# Team roll-up', '', `Summary of ${now.toISOString().slice(0, 10)}: ${counted(team.reps, 'rep')}, ${counted(team.customers, 'customer')}, ${counted(team.contacts, 'contact')}.`, '', '## Reps', ''];
  lines.push('| Rep | Accounts | Contacts | Keep | Develop | Let go | Tier A | Tier B | Tier C | Articles read |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rep of rollup.reps) {
    const s = repSummary(rep);
    lines.push(`| ${md(s.rep)} | ${s.accounts} | ${s.contacts} | ${s.verdicts.keep} | ${s.verdicts.develop} | ${s.verdicts['let-go']} | ${s.tiers.A} | ${s.tiers.B} | ${s.tiers.C} | ${s.read} |`);
  }
  lines.push('', '## Contacts by customer type', '');
  for (const t of customerTypeIds) if (team.types[t] > 0) lines.push(`- ${customerTypes[t].name}: ${team.types[t]}`);
  lines.push('', '## Checklist verdicts', '');
  for (const v of verdictIds) lines.push(`- ${verdicts[v].label}: ${team.verdicts[v]}`);
  lines.push('', '## Value tiers', '');
  for (const t of tierIds) lines.push(`- Tier ${t}: ${team.tiers[t]}`);
  lines.push('', `Instinct versus numbers: ${team.agreement.agree} agree, ${team.agreement.partly} partly, ${team.agreement.disagree} disagree.`);
  const split = shared.filter((s) => s.differences.length > 0);
  lines.push('', '## Customers held by more than one rep', '', `${shared.length} shared; reps disagree on ${split.length}.`, '');
  for (const s of split) lines.push(`- **${md(s.name)}** (${s.holders.map((h) => md(h.rep)).join(', ')}): ${s.differences.map(md).join(' ')}`);
  return `${lines.join('\n')}\n`;
}

/** File name of a roll-up export, e.g. `team-rollup-2026-12-03.json`. */
export const rollupFileName = (now: Date, extension: 'json' | 'csv' | 'md'): string => exportFileName('team-rollup', '', now, extension);
