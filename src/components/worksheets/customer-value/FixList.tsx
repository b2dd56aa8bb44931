/** Customers that came in with a cell to fix: what could not be read, a way to fix each, or to count it as it is. They count in no total until then. */
import { counted } from '../../../lib/site/plural';
import { fields, type FieldId } from '../../../lib/worksheets/customer-value/columns';
import type { Customer } from '../../../lib/worksheets/customer-value/schemas';

interface Props {
  entries: [string, Customer][];
  onFix: (id: string) => void;
  onAccept: (id: string) => void;
}

/** The callout with one line per customer to fix. */
export default function FixList({ entries, onFix, onAccept }: Props) {
  if (entries.length === 0) return null;
  return (
    <div class="callout warning cv-fix" role="region" aria-labelledby="cv-fix-heading">
      <h3 id="cv-fix-heading">{counted(entries.length, 'customer has', 'customers have')} a cell to fix</h3>
      <p>They came in with a cell that could not be read, left empty. Until you fix or accept them they count in no total, tier or chart.</p>
      <ul class="cv-fix-list">
        {entries.map(([id, c]) => (
          <li key={id}>
            <strong>{c.name}</strong>:{' '}
            {Object.entries(c.flags ?? {}).map(([field, text]) => `${fields[field as FieldId]?.noun ?? field} ‘${text}’ could not be read`).join('; ')}.{' '}
            <button type="button" class="button cv-small" onClick={() => onFix(id)}>Fix <span class="visually-hidden">{c.name}</span></button>{' '}
            <button type="button" class="button cv-small" onClick={() => onAccept(id)}>Count as it is <span class="visually-hidden">({c.name})</span></button>
          </li>
        ))}
      </ul>
    </div>
  );
}
