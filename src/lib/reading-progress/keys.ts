/**
 * Where reading progress lives in localStorage. Kept apart from the schema so the tiny article
 * script can name the keys without pulling in zod.
 */

/** The saved reading progress (a versioned, zod-checked envelope). */
export const PROGRESS_KEY = 'customer-atlas:reading-progress:v1';
/** The id of the article opened last (plain text), written by article pages for "continue where you left off". */
export const LAST_OPENED_KEY = 'customer-atlas:reading-progress:last';
/** Prefix of the keys that hold saved progress kept aside because it could not be read. */
export const BACKUP_PREFIX = `${PROGRESS_KEY}:backup:`;

/** The key a rejected saved value is copied to, e.g. `customer-atlas:reading-progress:v1:backup:1764000000000`. */
export const progressBackupKey = (now: number): string => `${BACKUP_PREFIX}${now}`;
