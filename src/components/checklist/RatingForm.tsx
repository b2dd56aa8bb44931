/** Rating one customer: a fieldset per criterion with its labelled scale, progress, and the verdict. */
import { useRef } from 'preact/hooks';
import { criteria, type CriterionId, type RatingLevel } from '../../lib/ideal-customer/criteria';
import { criterionGuides } from '../../lib/ideal-customer/criterion-guides';
import type { CustomerEntry } from '../../lib/ideal-customer/records';
import { scoreCustomer } from '../../lib/ideal-customer/score';
import type { ArticleLinks } from './types';
import VerdictPanel from './VerdictPanel';

interface Props {
  customer: CustomerEntry;
  articles: ArticleLinks;
  onRate: (criterion: CriterionId, level: RatingLevel) => void;
  onDone: () => void;
  headingRef: (el: HTMLHeadingElement | null) => void;
}

/** Every rating is saved as soon as it is chosen; "See the verdict" moves focus to the result. */
export default function RatingForm({ customer, articles, onRate, onDone, headingRef }: Props) {
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const result = scoreCustomer(customer.ratings);
  const submit = (event: Event) => {
    event.preventDefault();
    verdictRef.current?.focus();
  };
  return (
    <form class="rating-form" onSubmit={submit} aria-labelledby="rating-heading">
      <h3 id="rating-heading" tabIndex={-1} ref={headingRef}>
        Scoring {customer.name}
      </h3>
      <p class="progress" role="status">
        <progress max={result.total} value={result.rated} aria-hidden="true" /> {result.rated} of {result.total} criteria rated
      </p>
      {criteria.map((c) => (
        <fieldset class="criterion" key={c.id} aria-describedby={`help-${c.id}`}>
          <legend>
            {c.name} <span class="weight">(up to {c.weight} points)</span>
          </legend>
          <p class="question">{criterionGuides[c.id].question}</p>
          <p class="help" id={`help-${c.id}`}>
            {criterionGuides[c.id].help}
          </p>
          <div class="scale">
            {criterionGuides[c.id].scale.map((label, level) => (
              <label key={label}>
                <input
                  type="radio"
                  name={`rate-${customer.id}-${c.id}`}
                  value={level}
                  checked={customer.ratings[c.id] === level}
                  onChange={() => onRate(c.id, level as RatingLevel)}
                />{' '}
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p class="button-row no-print">
        <button type="submit" class="button primary">
          See the verdict
        </button>{' '}
        <button type="button" class="button" onClick={onDone}>
          Close this customer
        </button>
      </p>
      <VerdictPanel name={customer.name} result={result} articles={articles} headingRef={verdictRef} />
    </form>
  );
}
