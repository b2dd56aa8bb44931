/**
 * The account map as a picture of the account: budget holders on top, then the allies (with
 * their veto), then the contacts with no say; colleagues apart. Each contact sits on the tier of
 * its place in the purchase, whatever its primary type (a repeat customer who holds the budget
 * sits on top). Empty tiers are left out, so the picture shows only what the rep knows.
 */
import type { AccountContact } from './account';
import { classify, purchaseRole } from './classify';
import type { Answers } from './schemas';
import type { CustomerTypeId } from './types';

/** The tiers of the picture, top to bottom. */
export const tierIds = ['budget', 'influence', 'no-say'] as const;
/** One tier of the picture. */
export type TierId = (typeof tierIds)[number];

/** What each tier is called on the map. */
export const tierNames: Record<TierId, string> = {
  budget: 'Hold the budget',
  influence: 'Influence the decision',
  'no-say': 'No say in the outcome',
};

/** One contact as the picture shows it. */
export interface PictureContact {
  id: string;
  name: string;
  role: string;
  /** Primary type (colours the contact). */
  primary: CustomerTypeId;
  /** True when the contact can block the deal. */
  veto: boolean;
  /** True when the relationship is good. */
  trusted: boolean;
}

/** The account as tiers (non-empty ones only, top first) and the colleagues apart. */
export interface AccountPicture {
  tiers: { id: TierId; contacts: PictureContact[] }[];
  colleagues: PictureContact[];
}

const tierOf: Partial<Record<CustomerTypeId, TierId>> = { 'bag-of-money': 'budget', ally: 'influence', 'bag-of-wind': 'no-say' };

/** Places an account's classified contacts on the picture; unclassified ones are left out. */
export function accountPicture(contacts: readonly AccountContact[]): AccountPicture {
  const byTier: Record<TierId, PictureContact[]> = { budget: [], influence: [], 'no-say': [] };
  const colleagues: PictureContact[] = [];
  for (const c of contacts) {
    const result = classify(c.answers);
    if (result.status !== 'classified') continue;
    const a = c.answers as Answers;
    const entry: PictureContact = { id: c.id, name: c.name, role: c.role, primary: result.primary, veto: a.veto === 'yes', trusted: a.relationship === 'good' };
    if (result.primary === 'internal-customer') colleagues.push(entry);
    else byTier[tierOf[purchaseRole(a).type] ?? 'no-say'].push(entry);
  }
  return { tiers: tierIds.filter((id) => byTier[id].length > 0).map((id) => ({ id, contacts: byTier[id] })), colleagues };
}
