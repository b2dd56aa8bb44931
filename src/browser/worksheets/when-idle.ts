/** Runs a task once the browser is idle after the first paint (requestIdleCallback, or a short timeout where it is missing). */

/** Schedules `task` for idle time; returns a function that cancels it (for effect clean-up). */
export function whenIdle(task: () => void, timeout = 1500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
