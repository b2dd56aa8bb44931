/** The best-customer portrait: pick the top customer, then note who they are and what they do. */
import type { CustomerEntry } from '../../../lib/worksheets/ideal-customer-checklist/records';
import { portraitLabels, type Portrait, type PortraitField } from '../../../lib/worksheets/ideal-customer-checklist/schemas';

interface Props {
  portrait: Portrait;
  /** Customers in ranking order; the first complete one with a "keep" verdict is suggested. */
  customers: CustomerEntry[];
  top: CustomerEntry | undefined;
  onChange: (change: Partial<Portrait>) => void;
}

const whoFields: { field: PortraitField; hint: string; long?: boolean }[] = [
  { field: 'industry', hint: 'What business they are in.' },
  { field: 'size', hint: 'People, sites or yearly spend.' },
  { field: 'buyerRole', hint: 'Who really buys: the user, a manager, a reseller in between?' },
  { field: 'location', hint: 'Where they are and where they work.' },
  { field: 'needs', hint: 'What they need most to succeed.', long: true },
];

/** Text fields save as they are typed. */
export default function PortraitForm({ portrait, customers, top, onChange }: Props) {
  const field = ({ field, hint, long }: (typeof whoFields)[number]) => {
    const id = `portrait-${field}`;
    const props = {
      id,
      value: portrait[field],
      'aria-describedby': `${id}-hint`,
      onInput: (e: Event) => onChange({ [field]: (e.currentTarget as HTMLInputElement).value }),
    };
    return (
      <p class="field" key={field}>
        <label for={id}>{portraitLabels[field]}</label>
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
        {long ? <textarea rows={3} maxLength={1000} {...props} /> : <input type="text" maxLength={1000} {...props} />}
      </p>
    );
  };
  return (
    <div class="portrait">
      <p class="field">
        <label for="portrait-customer">Best customer</label>
        <select id="portrait-customer" value={portrait.customerId} onChange={(e) => onChange({ customerId: e.currentTarget.value })}>
          <option value="">Not chosen yet</option>
          {customers.map((c) => (
            <option value={c.id} key={c.id}>
              {c.name}
            </option>
          ))}
        </select>{' '}
        {top && top.id !== portrait.customerId && (
          <button type="button" class="button no-print" onClick={() => onChange({ customerId: top.id })}>
            Pick the top customer{' '}<span class="visually-hidden">({top.name})</span>
          </button>
        )}
      </p>
      <fieldset>
        <legend>Who they are</legend>
        {whoFields.map(field)}
      </fieldset>
      <fieldset>
        <legend>What they do</legend>
        <p class="field">
          <label for="portrait-activities">{portraitLabels.activities}</label>
          <span class="hint" id="portrait-activities-hint">
            Their work, how they spend their time, what else they buy. Learn it in ordinary conversations.
          </span>
          <textarea
            id="portrait-activities"
            rows={4}
            maxLength={1000}
            aria-describedby="portrait-activities-hint"
            value={portrait.activities}
            onInput={(e) => onChange({ activities: e.currentTarget.value })}
          />
        </p>
      </fieldset>
    </div>
  );
}
