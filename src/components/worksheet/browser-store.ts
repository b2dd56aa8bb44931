/** The browser side of worksheet state: localStorage access that never throws, and file downloads. */

/** Reads a key; null when absent or when storage is unavailable. */
export function readKey(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a key; returns false when the browser refused (storage off or full). */
export function writeKey(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
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
