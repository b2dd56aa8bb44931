/** The account map: the six types as regions with their contacts, and the manager's warnings. Prints on its own. */
import type { AccountMap } from '../../lib/customer-types/account';
import { customerTypes } from '../../lib/customer-types/types';

interface Props {
  account: string;
  map: AccountMap;
}

/** Renders an account map (contacts grouped by primary type). */
export default function AccountMapView({ account, map }: Props) {
  return (
    <section class="account-map" aria-labelledby="account-map-heading">
      <h3 id="account-map-heading">Account map: {account}</h3>
      {map.warnings.length > 0 ? (
        <div class="callout warning account-warnings">
          <h4>Watch out</h4>
          <ul>{map.warnings.map((w) => <li key={w.kind} data-warning={w.kind}>{w.message}</li>)}</ul>
        </div>
      ) : (
        <p class="account-ok">No warnings: the budget holder is known and every veto is covered.</p>
      )}
      <div class="account-groups">
        {map.groups.map((g) => (
          <section key={g.type} class={`account-group type-${g.type}`} aria-labelledby={`group-${g.type}`}>
            <h4 id={`group-${g.type}`}>
              {customerTypes[g.type].name} <span class="account-count">({g.contacts.length})</span>
            </h4>
            {g.contacts.length === 0 ? (
              <p class="account-empty">Nobody yet.</p>
            ) : (
              <ul>
                {g.contacts.map((c) => (
                  <li key={c.id}>
                    <strong>{c.name}</strong>
                    {c.role && `, ${c.role}`}
                    {c.also.length > 0 && <span class="account-also"> · also {c.also.map((t) => customerTypes[t].name.toLowerCase()).join(', ')}</span>}
                    {c.framework && <span class="account-also"> · ≈ {c.framework}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
