/** Which draft this browser tab works on, kept in sessionStorage so a reload resumes it (never throws). */
const key = 'customer-atlas:customer-type-quiz:tab-draft';

/** The draft id this tab last worked on, if any. */
export function readTabDraft(): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers the draft id this tab works on. */
export function writeTabDraft(id: string): void {
  try {
    sessionStorage.setItem(key, id);
  } catch {
    // Storage off: the page falls back to the newest draft on reload.
  }
}
