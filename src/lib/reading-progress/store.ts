/**
 * Reading progress against a Storage (localStorage in the browser, a Map-backed fake in tests).
 * Never throws: storage that is off or full reads as empty and refuses writes quietly. A saved
 * value that fails the schema is copied to a backup key before anything else is written.
 */
import { BACKUP_PREFIX, LAST_OPENED_KEY, PROGRESS_KEY, progressBackupKey } from './keys';
import { readLastOpened, readProgress, serializeProgress, type ReadingProgress } from './progress';
import { attempt } from '../site/storage-attempt';

/** The part of the Storage API used here. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** What opening the store found: the progress, and a report when a broken value was kept aside. */
export interface OpenedProgress {
  progress: ReadingProgress;
  /** Set when the saved value could not be read: where it was kept and why. */
  keptAside?: { key: string; problems: string[] };
}

/** Reads the saved progress; a broken value is copied to a backup key and replaced by an empty one. */
export function openProgress(storage: ProgressStorage, now: number): OpenedProgress {
  const read = readProgress(attempt(() => storage.getItem(PROGRESS_KEY), null));
  if (read.status !== 'invalid') return { progress: read.progress };
  const key = progressBackupKey(now);
  const kept = attempt(() => (storage.setItem(key, read.raw), true), false);
  // Only drop the broken value once its copy is safe; otherwise leave it where it is.
  if (kept) attempt(() => storage.removeItem(PROGRESS_KEY), undefined);
  return { progress: read.progress, keptAside: { key: kept ? key : PROGRESS_KEY, problems: read.problems } };
}

/** Applies a change to what is stored now (another tab may have saved since) and writes it back; returns the result. */
export function updateProgress(
  storage: ProgressStorage,
  change: (progress: ReadingProgress) => ReadingProgress,
  now: number,
): ReadingProgress {
  const current = readProgress(attempt(() => storage.getItem(PROGRESS_KEY), null));
  // A broken value is only ever replaced through openProgress, which keeps a copy first.
  if (current.status === 'invalid') return change({});
  const next = change(current.progress);
  attempt(() => storage.setItem(PROGRESS_KEY, serializeProgress(next, new Date(now))), undefined);
  return next;
}

/** The checked id of the article opened last. */
export const lastOpened = (storage: ProgressStorage): string | null =>
  readLastOpened(attempt(() => storage.getItem(LAST_OPENED_KEY), null));

/** Keys of progress kept aside, oldest first. */
export function backupKeys(storage: ProgressStorage): string[] {
  const keys: string[] = [];
  attempt(() => {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
    }
  }, undefined);
  return keys.sort();
}

/** Forgets all reading progress (read articles and the last opened one); kept-aside copies stay. */
export function clearProgress(storage: ProgressStorage): void {
  attempt(() => (storage.removeItem(PROGRESS_KEY), storage.removeItem(LAST_OPENED_KEY)), undefined);
}
