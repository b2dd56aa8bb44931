/**
 * What the mapping step says before anything is saved: readings it chose (fractions as percents,
 * cents), each reversible in one click; warnings for figures that look wrong; the currency (read
 * from the cells, or chosen); a file mixing currencies refused; assumptions a file states.
 */
import { fields, type FieldId } from '../../../lib/worksheets/customer-value/columns';
import { currencyCodes, currencyLabel, type CurrencyCode } from '../../../lib/worksheets/customer-value/currency';
import { scaleNotice } from '../../../lib/worksheets/customer-value/plausibility';

/** A reading the step applies, or could apply, to one field. */
export interface Reading {
  id: FieldId;
  scale: number;
  on: boolean;
}

interface Props {
  readings: Reading[];
  onToggle: (reading: Reading) => void;
  warnings: string[];
  refusal: string | null;
  found: CurrencyCode | null;
  currency: CurrencyCode | '';
  onCurrency: (code: CurrencyCode | '') => void;
}

/** The notices, the warnings and the currency line. */
export default function ImportNotices({ readings, onToggle, warnings, refusal, found, currency, onCurrency }: Props) {
  return (
    <div class="cv-notices">
      {readings.length > 0 && (
        <ul class="cv-readings" aria-label="How figures are read">
          {readings.map((r) => (
            <li key={r.id + r.scale} class="cv-reading">
              <span>{r.on ? scaleNotice(r.id, r.scale) : `The ${fields[r.id].noun} column is read as written.`}</span>{' '}
              <button type="button" class="button cv-small" onClick={() => onToggle(r)}>
                {r.on ? 'Read as written' : r.scale === 100 ? 'Read as fractions' : 'Read as cents'}{' '}
                <span class="visually-hidden">({fields[r.id].noun})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <div class="callout warning cv-warnings">
          <p><strong>Check these figures before you import:</strong></p>
          <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      )}
      {refusal ? (
        <div class="callout warning" role="alert"><p>{refusal}</p></div>
      ) : found ? (
        <p class="cv-currency">Amounts are in {currencyLabel(found)}, as the cells say.</p>
      ) : (
        <p class="cv-currency">
          <label for="cv-import-currency">Currency of the amounts</label>{' '}
          <select id="cv-import-currency" value={currency} onChange={(e) => onCurrency(e.currentTarget.value as CurrencyCode | '')}>
            <option value="">Not stated</option>
            {currencyCodes.map((c) => <option key={c} value={c}>{currencyLabel(c)}</option>)}
          </select>
        </p>
      )}
    </div>
  );
}
