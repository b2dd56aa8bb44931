/** Undo the last import (one click), and clear every customer behind a confirmation that offers an export first. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { customerValueWorksheet, type ValueData } from '../../../lib/worksheets/customer-value/schemas';
import type { LastAction } from '../../../lib/worksheets/customer-value/undo';
import { exportFileName, serialize } from '../../../lib/worksheets/state';
import { downloadText } from '../../../browser/worksheets/browser-store';

interface Props {
  data: ValueData;
  count: number;
  ready: boolean;
  last: LastAction | null;
  message: string;
  onUndo: () => void;
  onClear: () => void;
}

/** The buttons, the confirmation and the status line (in space held for them, so nothing moves). */
export default function SheetActions({ data, count, ready, last, message, onUndo, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => (confirming ? heading.current?.focus() : undefined), [confirming]);
  const exportFirst = () => {
    const now = new Date();
    downloadText(exportFileName(customerValueWorksheet.worksheet, '', now, 'json'), 'application/json', serialize(customerValueWorksheet, data, now));
  };
  const close = () => (setConfirming(false), opener.current?.focus());
  return (
    <div class="cv-sheet-actions no-print">
      <p class="button-row">
        {ready && last && <button type="button" class="button" onClick={onUndo}>Undo {last.label}</button>}
        {ready && count > 0 && <button type="button" class="button" ref={opener} aria-expanded={confirming} onClick={() => setConfirming(true)}>Clear all customers…</button>}
      </p>
      {confirming && (
        <div class="callout warning cv-confirm" role="group" aria-labelledby="cv-clear-heading">
          <h3 id="cv-clear-heading" ref={heading} tabIndex={-1}>Clear all {count} customers?</h3>
          <p>Export them first if you may want them in another browser. A copy is also kept in this browser, and Undo brings them back.</p>
          <p class="button-row">
            <button type="button" class="button" onClick={exportFirst}>Export them first (JSON)</button>
            <button type="button" class="button primary" onClick={() => (onClear(), setConfirming(false))}>Clear all {count} customers</button>
            <button type="button" class="button" onClick={close}>Cancel</button>
          </p>
        </div>
      )}
      <div role="status" class="cv-action-status">{message && <p>{message}</p>}</div>
    </div>
  );
}
