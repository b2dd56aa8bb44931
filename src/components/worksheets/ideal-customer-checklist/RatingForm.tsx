/**
 * Rating one customer as a compact grid: a row per criterion with a 0–4 segmented control (a
 * radio group whose steps carry their short labels), the chosen step in words, and the question
 * and full scale behind a disclosure. The score and verdict beside it update as the rep rates.
 */
import { useRef } from 'preact/hooks';
import { criteria, ratingLevels, type CriterionId, type RatingLevel } from '../../../lib/worksheets/ideal-customer-checklist/criteria';
import { criterionGuides } from '../../../lib/worksheets/ideal-customer-checklist/criterion-guides';
import type { CustomerEntry } from '../../../lib/worksheets/ideal-customer-checklist/records';
import { scoreCustomer } from '../../../lib/worksheets/ideal-customer-checklist/score';
import type { ArticleLinks } from './types';
import VerdictPanel from './VerdictPanel';

interface Props {
  customer: CustomerEntry;
  articles: ArticleLinks;
  onRate: (criterion: CriterionId, level: RatingLevel) => void;
  onDone: () => void;
  headingRef: (el: HTMLHeadingElement | null) => void;
}

/** Every rating is saved as soon as it is chosen; "See the verdict" moves focus to the result, "Save and show in the ranking" closes the form. */
export default function RatingForm({ customer, articles, onRate, onDone, headingRef }: Props) {
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const result = scoreCustomer(customer.ratings);
  const submit = (event: Event) => {
    event.preventDefault();
    verdictRef.current?.focus();
  };
  return (
    <form class="rating-form" onSubmit={submit} aria-labelledby="rating-heading">
      <div class="rating-head">
        <h3 id="rating-heading" tabIndex={-1} ref={headingRef}>
          Scoring {customer.name}
        </h3>
        <p class="progress" role="status">
          <progress max={result.total} value={result.rated} aria-hidden="true" /> {result.rated} of {result.total} criteria rated
        </p>
      </div>
      <div class="rating-layout">
        <div class="rating-grid">
          {criteria.map((c) => {
            const guide = criterionGuides[c.id];
            const chosen = customer.ratings[c.id];
            return (
              <fieldset class="criterion" key={c.id} aria-describedby={`choice-${c.id}`}>
                <legend>
                  <span class="criterion-name">{c.name}</span> <span class="weight">up to {c.weight} points</span>
                </legend>
                <div class="segments">
                  {ratingLevels.map((level) => (
                    <label key={level} class="segment" title={guide.scale[level]}>
                      <input
                        type="radio"
                        name={`rate-${customer.id}-${c.id}`}
                        value={level}
                        checked={chosen === level}
                        aria-label={`${level} ${guide.short[level]}: ${guide.scale[level]}`}
                        onChange={() => onRate(c.id, level)}
                      />
                      <span class="segment-step num" aria-hidden="true">{level}</span>
                      <span class="segment-label" aria-hidden="true">{guide.short[level]}</span>
                    </label>
                  ))}
                </div>
                <p class="criterion-choice" id={`choice-${c.id}`}>
                  {chosen === undefined ? 'Not rated yet.' : guide.scale[chosen]}
                </p>
                <details class="criterion-guide">
                  <summary>
                    Question and steps<span class="visually-hidden">: {c.name}</span>
                  </summary>
                  <p class="question">{guide.question}</p>
                  <p class="help">{guide.help}</p>
                  <ol start={0}>{guide.scale.map((label) => <li key={label}>{label}</li>)}</ol>
                </details>
              </fieldset>
            );
          })}
        </div>
        <VerdictPanel name={customer.name} result={result} articles={articles} headingRef={verdictRef} />
      </div>
      <p class="button-row no-print">
        <button type="button" class="button primary" onClick={onDone}>
          Save and show in the ranking
        </button>{' '}
        <button type="submit" class="button">
          See the verdict
        </button>
      </p>
    </form>
  );
}
