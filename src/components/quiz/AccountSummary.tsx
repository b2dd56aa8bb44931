/** "Your accounts" before the full view has loaded: each account with its contacts' names, and a button to open it. */
import type { AccountContact } from '../../lib/customer-types/account';
import { contactsOfAccount } from '../../lib/customer-types/account-names';

interface Props {
  accounts: string[];
  contacts: AccountContact[];
  onOpen: () => void;
}

/** A light summary of the saved contacts; opening it loads the contacts, map, export and import. */
export default function AccountSummary({ accounts, contacts, onOpen }: Props) {
  return (
    <section class="quiz-accounts no-print" aria-labelledby="quiz-accounts-heading">
      <h2 id="quiz-accounts-heading">Your accounts</h2>
      {accounts.length > 0 ? (
        <ul class="quiz-account-summary">
          {accounts.map((a) => {
            const names = contactsOfAccount(contacts, a).map((c) => c.name);
            return (
              <li key={a}>
                <strong>{a}</strong>: {names.length} {names.length === 1 ? 'contact' : 'contacts'} ({names.join(', ')})
              </li>
            );
          })}
        </ul>
      ) : (
        <p>No classified contacts yet. Finish the quiz for a contact, or import a file exported from this page.</p>
      )}
      <p>
        <button type="button" class="button" onClick={onOpen}>
          {accounts.length > 0 ? 'Open contacts, account map, export and import' : 'Import a file'}
        </button>
      </p>
    </section>
  );
}
