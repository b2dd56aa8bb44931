/** Seven sources: exactly seven slots for where to find more customers like the best one. */
import { sourceIds, type SourceId } from '../../../lib/worksheets/ideal-customer-checklist/schemas';

interface Props {
  texts: string[];
  onChange: (id: SourceId, text: string) => void;
}

/** Seven numbered fields that save as they are typed. */
export default function SourcesForm({ texts, onChange }: Props) {
  return (
    <fieldset class="sources">
      <legend>Where to find more customers like your best</legend>
      <p class="hint" id="sources-hint">
        Think of actions, not only places. Your best customers, current and past, are often the first source of referrals.
      </p>
      <ol>
        {sourceIds.map((id, i) => (
          <li key={id}>
            <label for={`source-${id}`}>Source {id}</label>{' '}
            <input
              id={`source-${id}`}
              type="text"
              maxLength={300}
              aria-describedby="sources-hint"
              value={texts[i] ?? ''}
              onInput={(e) => onChange(id, e.currentTarget.value)}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
