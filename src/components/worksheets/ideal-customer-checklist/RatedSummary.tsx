/** What the rating form closes to once saved: one line with the customer's score and verdict, and a way back in. */
import { verdictHues, verdicts } from '../../../lib/worksheets/ideal-customer-checklist/criteria';
import type { CustomerEntry } from '../../../lib/worksheets/ideal-customer-checklist/records';
import { assessRatings } from '../../../lib/worksheets/ideal-customer-checklist/assess';

interface Props {
  customer: CustomerEntry;
  onReopen: () => void;
}

/** "✓ Saved Birch Ltd: 100 of 100, Keep…" with a button that opens the ratings again. */
export default function RatedSummary({ customer, onReopen }: Props) {
  const result = assessRatings(customer.ratings);
  const done = result.score !== null;
  return (
    <p class="rated-summary hued" style={`--hue: ${verdictHues[result.verdict]}`}>
      <span class="rated-summary-text">
        <span aria-hidden="true">✓ </span>Saved <strong>{customer.name}</strong>:{' '}
        {done ? <>{result.score} of 100, {verdicts[result.verdict].label}.</> : <>{result.rated} of {result.total} criteria rated.</>}
      </span>
      <button type="button" class="button" onClick={onReopen}>
        {done ? 'Change ratings' : 'Go on rating'} <span class="visually-hidden">of {customer.name}</span>
      </button>
    </p>
  );
}
