/** Every customer on every criterion at once: a heatmap table in ranking order, each cell its step (0–4), darker when better. */
import { criteria } from '../../lib/ideal-customer/criteria';
import { criterionGuides } from '../../lib/ideal-customer/criterion-guides';
import type { CustomerEntry } from '../../lib/ideal-customer/records';
import type { RankedCustomer } from '../../lib/ideal-customer/assess';
import SameRow from './SameRow';

interface Props {
  ranked: RankedCustomer<CustomerEntry>[];
}

/** The comparison heatmap; a plain table, so it reads cell by cell without the colours. */
export default function ComparisonGrid({ ranked }: Props) {
  return (
    <figure class="comparison">
      <figcaption id="comparison-caption">
        <strong>All customers on all criteria.</strong> Steps from 0 (worst) to 4 (best); the stronger the colour, the better.
      </figcaption>
      <div class="comparison-scroll" tabIndex={0} role="region" aria-labelledby="comparison-caption">
        <table class="heatmap hued" style="--hue: 150">
          <thead>
            <tr>
              <th scope="col">Customer</th>
              {criteria.map((c) => (
                <th scope="col" key={c.id}>{c.name}</th>
              ))}
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map(({ customer, result }) => (
              <SameRow key={customer.id} signature={`${customer.name}|${JSON.stringify(customer.ratings)}`} render={() => (
              <tr>
                <th scope="row">{customer.name}</th>
                {criteria.map((c) => {
                  const level = customer.ratings[c.id];
                  return (
                    <td key={c.id} class={`heat heat-${level ?? 'none'} num`} title={level === undefined ? 'Not rated' : criterionGuides[c.id].scale[level]}>
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
      </div>
    </figure>
  );
}
