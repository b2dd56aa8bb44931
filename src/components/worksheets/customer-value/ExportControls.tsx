/** Export (CSV, JSON, Markdown summary), print and JSON import for the worksheet. The export builders load on first use. */
import { useEffect, useState } from 'preact/hooks';
import { assumptionsOf, importValueData } from '../../../lib/worksheets/customer-value/records';
import { customerValueWorksheet, type ValueData } from '../../../lib/worksheets/customer-value/schemas';
import type { ScoredList } from '../../../lib/worksheets/customer-value/score';
import { downloadText, readKey } from '../../../browser/worksheets/browser-store';
import { repName } from '../../../browser/worksheets/rep-name-store';
import RepNameField from '../shared/RepNameField';
import { useModule } from '../shared/use-module';

interface Props {
  data: ValueData;
  scored: ScoredList;
  update: (change: (data: ValueData, now: number) => ValueData) => void;
}

const mime = { json: 'application/json', csv: 'text/csv;charset=utf-8', md: 'text/markdown;charset=utf-8' } as const;

/** Download buttons, print, and "Import a saved file…" (the shared import panel, loaded then). */
export default function ExportControls({ data, scored, update }: Props) {
  const [importing, setImporting] = useState(false);
  const panel = useModule(() => import('../shared/ImportPanel'), importing);
  useEffect(() => {
    if (panel) document.getElementById(`import-${customerValueWorksheet.worksheet}`)?.focus();
  }, [panel]);
  const download = async (extension: keyof typeof mime) => {
    const [exports, checklist, instinct] = await Promise.all([
      import('../../../lib/worksheets/customer-value/export'),
      import('../../../lib/worksheets/customer-value/checklist-verdicts'),
      import('../../../lib/worksheets/customer-value/instinct'),
    ]);
    const now = new Date();
    const text =
      extension === 'json'
        ? exports.valueJson(data, now, repName())
        : extension === 'csv'
          ? exports.valueCsv(scored, assumptionsOf(data), now, repName())
          : exports.valueMarkdown(scored, instinct.instinctVersusNumbers(checklist.checklistVerdicts(readKey(checklist.checklistKey)), scored.customers), now, assumptionsOf(data));
    downloadText(exports.exportFile(now, extension), mime[extension], text);
  };
  return (
    <div class="export-controls">
      <p>Your work is saved in this browser as you go. Export it to keep a copy, share it, or move it to another browser.</p>
      <RepNameField id="rep-name-value" />
      <p class="button-row">
        <button type="button" class="button" onClick={() => download('csv')}>Export CSV (spreadsheet)</button>
        <button type="button" class="button" onClick={() => download('json')}>Export JSON (to import later)</button>
        <button type="button" class="button" onClick={() => download('md')}>Export summary (Markdown)</button>
        <button type="button" class="button" onClick={() => print()}>Print</button>
        {!importing && <button type="button" class="button" onClick={() => setImporting(true)}>Import a saved file…</button>}
      </p>
      {panel && (
        <panel.default
          def={customerValueWorksheet}
          collection="customers"
          noun={{ one: 'customer', many: 'customers' }}
          current={data}
          onImport={(incoming, mode) => update((d, now) => importValueData(d, incoming, mode, now))}
        />
      )}
    </div>
  );
}
