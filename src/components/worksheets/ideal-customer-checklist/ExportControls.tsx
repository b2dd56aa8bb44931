/** Export (JSON, CSV, Markdown summary), print and import for the checklist. The export builders load on first use. */
import { useEffect, useState } from 'preact/hooks';
import { checklistWorksheet, type ChecklistData } from '../../../lib/worksheets/ideal-customer-checklist/schemas';
import { downloadText } from '../../../browser/worksheets/browser-store';
import { repName } from '../../../browser/worksheets/rep-name-store';
import RepNameField from '../shared/RepNameField';
import { useModule } from '../shared/use-module';

interface Props {
  data: ChecklistData;
  onImport: (incoming: ChecklistData, mode: 'keep-mine' | 'replace') => void;
}

const mime = { json: 'application/json', csv: 'text/csv;charset=utf-8', md: 'text/markdown;charset=utf-8' } as const;

/** Buttons that download the exports and print; "Import a file" opens the shared import panel (loaded then). */
export default function ExportControls({ data, onImport }: Props) {
  const [importing, setImporting] = useState(false);
  const panel = useModule(() => import('../shared/ImportPanel'), importing);
  useEffect(() => {
    if (panel) document.getElementById(`import-${checklistWorksheet.worksheet}`)?.focus();
  }, [panel]);
  const download = async (extension: keyof typeof mime) => {
    const { checklistCsv, checklistJson, checklistMarkdown, exportFile } = await import('../../../lib/worksheets/ideal-customer-checklist/export');
    const now = new Date();
    const text = extension === 'json' ? checklistJson(data, now, repName()) : extension === 'csv' ? checklistCsv(data, repName()) : checklistMarkdown(data, now);
    downloadText(exportFile(now, extension), mime[extension], text);
  };
  return (
    <div class="export-controls no-print">
      <RepNameField id="rep-name-checklist" />
      <p class="button-row">
        <button type="button" class="button" onClick={() => download('json')}>
          Export JSON (to import later)
        </button>{' '}
        <button type="button" class="button" onClick={() => download('csv')}>
          Export CSV (spreadsheet)
        </button>{' '}
        <button type="button" class="button" onClick={() => download('md')}>
          Export summary (Markdown, for an email)
        </button>{' '}
        <button type="button" class="button" onClick={() => print()}>
          Print
        </button>
      </p>
      {!importing && (
        <button type="button" class="button" onClick={() => setImporting(true)}>
          Import a file…
        </button>
      )}
      {panel && <panel.default def={checklistWorksheet} collection="customers" noun={{ one: 'customer', many: 'customers' }} current={data} onImport={onImport} />}
    </div>
  );
}
