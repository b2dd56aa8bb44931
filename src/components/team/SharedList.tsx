/** Customers or accounts held by two or more reps, side by side, with where they disagree first. */
import { useState } from 'preact/hooks';
import { verdicts } from '../../lib/worksheets/ideal-customer-checklist/criteria';
import { money } from '../../lib/worksheets/customer-value/format';
import type { SharedCustomer } from '../../lib/team/shared';

/** How many shared customers show before "Show all". */
const pageSize = 30;

/** The list, a page at a time. */
export default function SharedList({ shared, total }: { shared: SharedCustomer[]; total: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? shared : shared.slice(0, pageSize);
  const split = shared.filter((s) => s.differences.length > 0).length;
  return (
    <section class="team-part" aria-labelledby="team-shared-heading">
      <h2 id="team-shared-heading">Held by more than one rep</h2>
      <p data-team-shared-count>
        {total === 0 ? 'No customer or account is held by two reps.' : `${shared.length} of ${total} shared customers shown; reps disagree on ${split}.`} Names are compared ignoring case, accents, punctuation and endings such as “Inc.” or “Ltd”.
      </p>
      <ul class="team-shared">
        {shown.map((s) => (
          <li key={s.key} class={s.differences.length ? 'team-card is-split' : 'team-card'} data-shared={s.name}>
            <h3>{s.name} <span class="team-sub">{s.differences.length ? 'reps disagree' : 'reps agree'}</span></h3>
            {s.differences.map((d) => <p key={d} class="team-diff">{d}</p>)}
            <div class="team-scroll" role="region" aria-label={`${s.name}, rep by rep`} tabindex={0}>
              <table class="team-table">
                <thead><tr><th scope="col">Rep</th><th scope="col" class="num">Contacts</th><th scope="col">Verdict</th><th scope="col">Tier</th><th scope="col" class="num">Yearly contribution</th></tr></thead>
                <tbody>
                  {s.holders.map((h) => (
                    <tr key={h.rep}>
                      <th scope="row">{h.rep}</th>
                      <td class="num">{h.customer.contacts || '–'}</td>
                      <td>{h.customer.verdict ? `${verdicts[h.customer.verdict].label}${h.customer.score === null ? '' : ` (${h.customer.score})`}` : '–'}</td>
                      <td>{h.customer.tier ?? '–'}</td>
                      <td class="num">{h.customer.contribution === null ? '–' : money(h.customer.contribution)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </li>
        ))}
      </ul>
      {!all && shared.length > pageSize && <button type="button" class="button" onClick={() => setAll(true)}>Show all {shared.length}</button>}
    </section>
  );
}
