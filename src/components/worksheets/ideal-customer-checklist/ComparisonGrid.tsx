/**
 * Every customer on every criterion at once: a heatmap table in ranking order, each cell its step
 * (0–4), darker when better. It scrolls sideways inside the grid on a phone, with the customer
 * column kept in view and a fade that shows there is more.
 */
import { criteria } from '../../../lib/worksheets/ideal-customer-checklist/criteria';
import type { criterionGuides } from '../../../lib/worksheets/ideal-customer-checklist/criterion-guides';
import type { CustomerEntry } from '../../../lib/worksheets/ideal-customer-checklist/records';
import type { RankedCustomer } from '../../../lib/worksheets/ideal-customer-checklist/assess';
import ScrollBox from '../shared/ScrollBox';
import SameRow from './SameRow';

interface Props {
  ranked: RankedCustomer<CustomerEntry>[];
  /** Each criterion's scale in words, for the cells' titles (loaded later; the cells read without it). */
  scales?: typeof criterionGuides | undefined;
}

/** The comparison heatmap; a plain table, so it reads cell by cell without the colours. */
export default function ComparisonGrid({ ranked, scales }: Props) {
  return (
    <figure class="comparison">
      <figcaption id="comparison-caption">
        <strong>All customers on all criteria.</strong> Steps from 0 (worst) to 4 (best); the stronger the colour, the better.
      </figcaption>
      <ScrollBox labelledBy="comparison-caption" class="comparison-scroll">
        <table class="heatmap hued" style="--hue: 150">
          <thead>
            <tr>
              <th scope="col" class="sticky-first">Customer</th>
              {criteria.map((c) => (
                <th scope="col" key={c.id}>{c.name}</th>
              ))}
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map(({ customer, result }) => (
              <SameRow key={customer.id} signature={`${customer.name}|${JSON.stringify(customer.ratings)}|${scales ? 1 : 0}`} render={() => (
              <tr>
                <th scope="row" class="sticky-first">{customer.name}</th>
                {criteria.map((c) => {
                  const level = customer.ratings[c.id];
                  return (
                    <td key={c.id} class={`heat heat-${level ?? 'none'} num`} title={level === undefined ? 'Not rated' : scales?.[c.id].scale[level]}>
                      {level ?? '–'}
                    </td>
                  );
                })}
                <td class="heat-score num">{result.score ?? '–'}</td>
              </tr>
              )} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </figure>
  );
}
