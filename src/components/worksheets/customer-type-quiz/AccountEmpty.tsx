/** "Your accounts" before the first classified contact: what to do, and a sample of the map each account gets. */
import { tierNames } from '../../../lib/worksheets/customer-type-quiz/account-picture';

/** The empty state, with the map's tiers drawn as a sample. */
export default function AccountEmpty() {
  return (
    <div class="account-empty-state no-print">
      <p>No classified contacts yet. Finish the quiz for a contact, or import a file exported from this page.</p>
      <p class="quiz-help">Each account then gets a map like this one: who holds the budget, who can sway or block the decision, who has no say, and your colleagues apart.</p>
      <div class="account-picture account-sample" aria-hidden="true">
        {Object.values(tierNames).map((name) => (
          <div key={name} class="account-tier">
            <p class="account-sample-label">{name}</p>
            <span class="account-sample-person" />
          </div>
        ))}
      </div>
    </div>
  );
}
