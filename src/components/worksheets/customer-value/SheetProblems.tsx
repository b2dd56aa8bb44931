/** The mapping step's problems: a required column not chosen, every bad cell by row, and the offer to bring rows with one bad cell in marked. */
import { agreeing } from '../../../lib/site/plural-phrases';
import { counted } from '../../../lib/site/plural';
import { useState } from 'preact/hooks';
import type { SheetCheck } from '../../../lib/worksheets/customer-value/sheet';

interface Props {
  check: SheetCheck;
  /** Rows that have exactly one bad cell (offered to come in marked). */
  oneBad: number;
  keepOneBad: boolean;
  /** The file is refused (its currencies): nothing is ready, whatever the rows say. */
  refused: boolean;
  onKeepOneBad: (keep: boolean) => void;
}

const shown = 8;

/** Problems and the one-bad-cell choice. */
export default function SheetProblems({ check, oneBad, keepOneBad, refused, onKeepOneBad }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (check.mappingProblems.length > 0) {
    return <div class="callout warning" role="alert"><ul>{check.mappingProblems.map((p) => <li key={p}>{p}</li>)}</ul></div>;
  }
  const good = check.good.length;
  const messages = showAll ? check.messages : check.messages.slice(0, shown);
  const left = check.badRows.length;
  return (
    <div class={check.messages.length ? 'callout warning cv-problems' : 'cv-problems'} role="status">
      <p>
        <strong>{refused ? `${counted(good, 'row reads', 'rows read')} well, but the file is refused.` : `${counted(good, 'row is', 'rows are')} ready to import.`}</strong>{' '}
        {check.flaggedRows.length > 0 && `${check.flaggedRows.length} of them ${agreeing(check.flaggedRows.length, 'comes', 'come')} in with a cell left empty and marked for you to fix. `}
        {left > 0 && `${counted(left, 'row has', 'rows have')} problems and would be left out:`}
      </p>
      {messages.length > 0 && <ul class="cv-messages">{messages.map((m) => <li key={m}>{m}</li>)}</ul>}
      {check.messages.length > shown && (
        <button type="button" class="button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer problems' : `Show all ${check.messages.length} problems`}
        </button>
      )}
      {(oneBad > 0 || keepOneBad) && (
        <p class="cv-check">
          <input type="checkbox" id="cv-keep-one-bad" checked={keepOneBad} onChange={(e) => onKeepOneBad(e.currentTarget.checked)} />
          <label for="cv-keep-one-bad">
            Also bring in the {counted(keepOneBad ? check.flaggedRows.length : oneBad, 'row')} with one bad cell: that cell stays empty and is marked, and the customer counts in no total until you fix it
          </label>
        </p>
      )}
    </div>
  );
}
