/** Storage calls that never throw: storage that is off, full or blocked gives the fallback instead. */

/** Runs `run` (a localStorage read or write); any exception gives `fallback`. */
export const attempt = <T>(run: () => T, fallback: T): T => {
  try {
    return run();
  } catch {
    return fallback;
  }
};
