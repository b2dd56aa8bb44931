/**
 * The account map: an account's classified contacts grouped by primary type, with the warnings a
 * sales manager would raise on seeing it (no budget holder yet, vetoes without a relationship,
 * only talkers, colleagues the delivery depends on).
 */
import { classify, typesOf } from './classify';
import type { Contact } from './schemas';
import { customerTypeIds, type CustomerTypeId, type FrameworkRole } from './types';

export { accountKey, accountsOf, contactsOfAccount } from './account-names';

/** A stored contact with its record id. */
export type AccountContact = Contact & { id: string };

/** One contact as the map shows it. */
export interface MappedContact {
  id: string;
  name: string;
  role: string;
  primary: CustomerTypeId;
  also: CustomerTypeId[];
  framework: FrameworkRole | null;
}

/** What a warning is about. */
export type WarningKind = 'no-bag-of-money' | 'veto-without-relationship' | 'only-bags-of-wind' | 'internal-for-delivery';

/** A warning on the account map, naming the contacts concerned. */
export interface AccountWarning {
  kind: WarningKind;
  message: string;
  contacts: string[];
}

/** An account's map: the six types in atlas order, each with its contacts, then the warnings. */
export interface AccountMap {
  groups: { type: CustomerTypeId; contacts: MappedContact[] }[];
  warnings: AccountWarning[];
}

const names = (list: readonly { name: string }[]) => list.map((c) => c.name).join(', ');

/** Groups an account's contacts by primary type and lists the warnings. */
export function summarizeAccount(contacts: readonly AccountContact[]): AccountMap {
  const mapped = contacts.flatMap((c) => {
    const result = classify(c.answers);
    if (result.status !== 'classified') return [];
    const entry: MappedContact = {
      id: c.id,
      name: c.name,
      role: c.role,
      primary: result.primary,
      also: result.also,
      framework: result.framework.role,
    };
    return [{ entry, types: typesOf(result), answers: c.answers }];
  });
  const groups = customerTypeIds.map((type) => ({
    type,
    contacts: mapped.filter((m) => m.entry.primary === type).map((m) => m.entry),
  }));
  const has = (type: CustomerTypeId) => mapped.filter((m) => m.types.includes(type));
  const external = mapped.filter((m) => !m.types.includes('internal-customer'));
  const warnings: AccountWarning[] = [];

  if (mapped.length > 0 && has('bag-of-money').length === 0) {
    warnings.push({
      kind: 'no-bag-of-money',
      message: 'No bag of money identified yet. Ask your contacts who else takes part in the decision and who signs the order.',
      contacts: [],
    });
  }
  const unsure = has('ally').filter((m) => m.answers.veto === 'yes' && m.answers.relationship !== 'good');
  if (unsure.length > 0) {
    warnings.push({
      kind: 'veto-without-relationship',
      message: `Can veto, but you have no good relationship yet: ${names(unsure.map((m) => m.entry))}. Earn their trust before they say no.`,
      contacts: unsure.map((m) => m.entry.id),
    });
  }
  if (external.length > 0 && external.every((m) => m.types.includes('bag-of-wind'))) {
    warnings.push({
      kind: 'only-bags-of-wind',
      message: 'You reach this account only through bags of wind. Ask them who will use the product and who approves the purchase, then get introduced.',
      contacts: external.map((m) => m.entry.id),
    });
  }
  const colleagues = has('internal-customer');
  if (colleagues.length > 0) {
    warnings.push({
      kind: 'internal-for-delivery',
      message: `Delivery depends on your colleagues: ${names(colleagues.map((m) => m.entry))}. Brief them on what you promised and by when.`,
      contacts: colleagues.map((m) => m.entry.id),
    });
  }
  return { groups, warnings };
}
