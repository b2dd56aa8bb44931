/** The checklist's exports: JSON (re-importable), CSV (one row per customer) and a Markdown summary for an email. */
import { withRep } from '../rep-name';
import { exportFileName, serialize } from '../state';
import { toCsv } from '../csv';
import { criteria, thresholds, verdicts } from './criteria';
import { customerList, portraitOf, sourceTexts } from './records';
import { checklistWorksheet, portraitLabels, type ChecklistData, type PortraitField } from './schemas';
import { rankCustomers } from './assess';
import { markdownText } from '../markdown-text';

/** The JSON export: the shared envelope (with the rep's name, if given), read back by the import. */
export function checklistJson(data: ChecklistData, now: Date, rep?: string | null): string {
  return serialize(checklistWorksheet, data, now, rep);
}

/** The CSV header: rank, customer, score, verdict, one column per criterion (0 to 4), then what is unrated. */
export const csvColumns: readonly string[] = ['Rank', 'Customer', 'Score', 'Verdict', ...criteria.map((c) => `${c.name} (0-4)`), 'Not yet rated'];

/** The CSV export: every customer in ranking order; a leading "Rep" column when the rep's name is given. */
export function checklistCsv(data: ChecklistData, rep?: string | null): string {
  const rows = rankCustomers(customerList(data)).map(({ customer, result, rank }) => [
    rank,
    customer.name,
    result.score,
    verdicts[result.verdict].label,
    ...criteria.map((c) => customer.ratings[c.id]),
    result.missing.map((id) => criteria.find((c) => c.id === id)?.name ?? id).join('; '),
  ]);
  return toCsv(...withRep([...csvColumns], rows, rep));
}

/** The Markdown summary: ranking with verdicts, the portrait and the seven sources. */
export function checklistMarkdown(data: ChecklistData, now: Date): string {
  const ranked = rankCustomers(customerList(data));
  const lines = [
    '# Ideal-customer checklist',
    '',
    `Summary of ${now.toISOString().slice(0, 10)}. Scores run from 0 to 100: ${thresholds.keep} or more is "${verdicts.keep.label}", ${thresholds.develop} or more is "${verdicts.develop.label}", lower is "${verdicts['let-go'].label}".`,
    '',
    '## Customers, best first',
    '',
  ];
  if (ranked.length === 0) lines.push('No customers scored yet.');
  for (const { customer, result, rank } of ranked) {
    const name = `**${markdownText(customer.name)}**`;
    lines.push(
      rank === null
        ? `- ${name}: ${verdicts.incomplete.label.toLowerCase()} (${result.rated} of ${result.total} criteria rated)`
        : `${rank}. ${name}: ${result.score} of 100, ${verdicts[result.verdict].label}`,
    );
  }
  const portrait = portraitOf(data);
  const best = customerList(data).find((c) => c.id === portrait.customerId);
  lines.push('', '## Best customer portrait', '', `Customer: ${best ? markdownText(best.name) : '(not chosen yet)'}`, '');
  for (const [field, label] of Object.entries(portraitLabels) as [PortraitField, string][]) {
    lines.push(`- ${label}: ${markdownText(portrait[field]) || '(blank)'}`);
  }
  lines.push('', '## Seven sources of customers like the best', '');
  sourceTexts(data).forEach((text, i) => lines.push(`${i + 1}. ${markdownText(text) || '(empty)'}`));
  return `${lines.join('\n')}\n`;
}

/** File names of the exports, e.g. `ideal-customer-checklist-2026-11-23.csv`. */
export function exportFile(now: Date, extension: 'json' | 'csv' | 'md'): string {
  return exportFileName(checklistWorksheet.worksheet, '', now, extension);
}
