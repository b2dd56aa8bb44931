/** The words of the mapping step's decision: why a file is refused, and what the import button says (what is missing, or what it will do). */
import { fields, requiredFields, type Mapping } from './columns';
import { currencyLabel, type CurrencyCode } from './currency';
import type { SheetCheck } from './sheet';
import { counted } from '../../site/plural';

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** Why a file's currencies stop the import: it mixes several, or names another than the customers here. Null when they fit. */
export function currencyRefusal(found: ReadonlyMap<CurrencyCode, number>, here: CurrencyCode | ''): string | null {
  if (found.size > 1) {
    const named = list([...found].map(([code, row]) => `${currencyLabel(code)} (first in row ${row})`));
    return `This file mixes currencies: ${named}. Nothing was imported. Export one currency at a time from your CRM, or convert the amounts, then import it again.`;
  }
  const [only] = [...found.keys()];
  if (only && here && only !== here) return `Your customers here are in ${currencyLabel(here)}; this file is in ${currencyLabel(only)}. Nothing was imported. Convert the amounts first, or clear your customers to start over in ${only}.`;
  return null;
}

/** The import button's words: the first missing column ("Choose the revenue column"), a refusal, or the rows it imports. */
export function importLabel(check: SheetCheck, mapping: Mapping, refused: boolean): string {
  const missing = requiredFields.find((id) => mapping[id] === null);
  if (missing) return `Choose the ${fields[missing].noun} column`;
  if (refused) return 'Nothing to import: see the currency note';
  const good = check.good.length;
  if (good === 0) return 'No row can be imported';
    if (check.flaggedRows.length > 0) return `Import ${counted(good, 'row')} (${check.flaggedRows.length} to fix)`;
  return check.badRows.length ? `Import the ${counted(good, 'good row')}` : `Import ${counted(good, 'row')}`;
}
