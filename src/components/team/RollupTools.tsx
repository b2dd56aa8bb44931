/** Exports of the roll-up (CSV, JSON that drops back in here, Markdown), print, and keeping it in this browser. */
import { rollupCsv, rollupFileName, rollupJson, rollupMarkdown } from '../../lib/team/export';
import type { Rollup } from '../../lib/team/merge';
import type { SharedCustomer } from '../../lib/team/shared';
import type { TeamSummary } from '../../lib/team/summary';
import { downloadText } from '../../browser/worksheets/browser-store';

interface Props {
  rollup: Rollup;
  team: TeamSummary;
  shared: SharedCustomer[];
  kept: boolean;
  onKeep: (on: boolean) => void;
}

/** Buttons, and the choice to keep the roll-up. */
export default function RollupTools({ rollup, team, shared, kept, onKeep }: Props) {
  const now = () => new Date();
  return (
    <section class="team-part no-print" aria-labelledby="team-tools-heading">
      <h2 id="team-tools-heading">Export, print or keep</h2>
      <p class="button-row">
        <button type="button" class="button" onClick={() => downloadText(rollupFileName(now(), 'csv'), 'text/csv;charset=utf-8', rollupCsv(rollup, shared))}>Export CSV (spreadsheet)</button>
        <button type="button" class="button" onClick={() => downloadText(rollupFileName(now(), 'json'), 'application/json', rollupJson(rollup.files, now()))}>Export JSON (drops back in here)</button>
        <button type="button" class="button" onClick={() => downloadText(rollupFileName(now(), 'md'), 'text/markdown;charset=utf-8', rollupMarkdown(rollup, team, shared, now()))}>Export summary (Markdown)</button>
        <button type="button" class="button" onClick={() => print()}>Print</button>
      </p>
      <label class="team-check">
        <input type="checkbox" checked={kept} onChange={(e) => onKeep(e.currentTarget.checked)} data-team-keep /> Keep this roll-up in this browser
      </label>
      <p class="team-sub">{kept ? 'Kept: it comes back when you open this page again. Untick to forget it.' : 'Nothing is kept: close the page and the roll-up is gone.'}</p>
    </section>
  );
}
