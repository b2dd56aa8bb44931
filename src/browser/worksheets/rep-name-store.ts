/** The rep's name in this browser: read for every export, written by the "Your name (for exports)" field. */
import { readRepName, REP_NAME_KEY, tidyRepName } from '../../lib/worksheets/rep-name';

/** The checked name kept in this browser, or null. */
export function repName(): string | null {
  try {
    return readRepName(localStorage.getItem(REP_NAME_KEY));
  } catch {
    return null;
  }
}

/** Keeps a typed name (a blank one forgets it); false when the name is unusable or storage refused. */
export function saveRepName(typed: string): boolean {
  try {
    if (tidyRepName(typed) === '') return localStorage.removeItem(REP_NAME_KEY), true;
    const name = readRepName(typed);
    if (name === null) return false;
    localStorage.setItem(REP_NAME_KEY, name);
    return true;
  } catch {
    return false;
  }
}
