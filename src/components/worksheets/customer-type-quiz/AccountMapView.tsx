/**
 * The account map as a picture of the account: who holds the budget on top, then who influences
 * the decision (with their veto), then who has no say; colleagues apart; the warnings beside it.
 * Empty tiers are left out. Prints on its own.
 */
import type { AccountMap } from '../../../lib/worksheets/customer-type-quiz/account';
import { accountPicture, tierNames, type PictureContact } from '../../../lib/worksheets/customer-type-quiz/account-picture';
import type { AccountContact } from '../../../lib/worksheets/customer-type-quiz/account';
import { customerTypeHues, customerTypes } from '../../../lib/worksheets/customer-type-quiz/types';

interface Props {
  account: string;
  contacts: readonly AccountContact[];
  map: AccountMap;
}

const Person = ({ c }: { c: PictureContact }) => (
  <li class={`account-person hued type-${c.primary}`} style={`--hue: ${customerTypeHues[c.primary]}`}>
    <span class="account-person-name">{c.name}</span>
    {c.role && <span class="account-person-role">{c.role}</span>}
    <span class="account-person-tags">
      <span class="account-tag">{customerTypes[c.primary].name}</span>
      {c.veto && <span class="account-tag account-veto">can veto</span>}
      {!c.trusted && <span class="account-tag account-untrusted">no good relationship yet</span>}
    </span>
  </li>
);

/** Renders an account map from an account's contacts. */
export default function AccountMapView({ account, contacts, map }: Props) {
  const picture = accountPicture(contacts);
  return (
    <section class="account-map" aria-labelledby="account-map-heading">
      <h3 id="account-map-heading">Account map: {account}</h3>
      <div class="account-map-layout">
        <div class="account-picture">
          {picture.tiers.map((tier) => (
            <section key={tier.id} class={`account-tier tier-${tier.id}`} aria-labelledby={`tier-${tier.id}`}>
              <h4 id={`tier-${tier.id}`}>
                {tierNames[tier.id]} <span class="account-count num">({tier.contacts.length})</span>
              </h4>
              <ul class="account-people">{tier.contacts.map((c) => <Person key={c.id} c={c} />)}</ul>
            </section>
          ))}
          {picture.tiers.length === 0 && <p class="account-empty">No one at the account itself yet: only colleagues.</p>}
          {picture.colleagues.length > 0 && (
            <section class="account-tier account-colleagues" aria-labelledby="tier-colleagues">
              <h4 id="tier-colleagues">
                Your colleagues <span class="account-count num">({picture.colleagues.length})</span>
              </h4>
              <ul class="account-people">{picture.colleagues.map((c) => <Person key={c.id} c={c} />)}</ul>
            </section>
          )}
        </div>
        {map.warnings.length > 0 ? (
          <div class="callout warning account-warnings">
            <h4>Watch out</h4>
            <ul>{map.warnings.map((w) => <li key={w.kind} data-warning={w.kind}>{w.message}</li>)}</ul>
          </div>
        ) : (
          <p class="account-ok">No warnings: the budget holder is known and every veto is covered.</p>
        )}
      </div>
    </section>
  );
}
