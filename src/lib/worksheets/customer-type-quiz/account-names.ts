/** Account names as reps type them: one key per account, so "Acme " and "acme" are the same account. */
import type { Contact } from './schemas';

/** The key two account names share when they name the same account ("Acme " and "acme"). */
export const accountKey = (account: string): string => account.trim().replace(/\s+/g, ' ').toLowerCase();

/** The distinct accounts of some contacts, as first written, sorted by name. */
export function accountsOf(contacts: readonly Pick<Contact, 'account'>[]): string[] {
  const byKey = new Map<string, string>();
  for (const c of contacts) if (!byKey.has(accountKey(c.account))) byKey.set(accountKey(c.account), c.account.trim());
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/** The contacts that belong to an account. */
export const contactsOfAccount = <C extends Pick<Contact, 'account'>>(contacts: readonly C[], account: string): C[] =>
  contacts.filter((c) => accountKey(c.account) === accountKey(account));
