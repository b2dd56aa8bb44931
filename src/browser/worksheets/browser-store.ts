/** The browser side of worksheet state: localStorage access that never throws, and file downloads. */

/** Reads a key; null when absent or when storage is unavailable. */
export function readKey(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Why the browser refused a write: its storage for this site is full, or storage is off (private mode, blocked). */
export type WriteProblem = 'full' | 'off';

/** Whether an error thrown by setItem means the quota is used up (the name differs by browser and age). */
export const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014);

/** Writes a key; null when saved, else why the browser refused. A refused write leaves the old value as it was. */
export function tryWriteKey(key: string, value: string): WriteProblem | null {
  try {
    localStorage.setItem(key, value);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'off';
  }
}

/** Writes a key; returns false when the browser refused (storage off or full). */
export function writeKey(key: string, value: string): boolean {
  return tryWriteKey(key, value) === null;
}

/** Asks the browser not to evict this site's storage under pressure (best effort, no prompt in most browsers). */
export function askForPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}

/** Offers text as a file download; nothing leaves the browser. */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
