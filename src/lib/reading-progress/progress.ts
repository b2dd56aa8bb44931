/**
 * Reading progress, local only. Pure: strings and plain objects in and out; the browser side
 * (src/lib/reading-progress/store.ts) passes localStorage in.
 *
 * Shape: `{ app, kind: "reading-progress", version: 1, savedAt, articles: { <id>: { readAt, how } } }`
 * under PROGRESS_KEY. An article counts as read once its end was reached (`how: "end"`) or the
 * reader marked it (`"marked"`); marking it unread removes the entry. The article opened last is
 * a plain id under LAST_OPENED_KEY, for "continue where you left off".
 *
 * Life cycle: every page that shows progress reads and checks the saved value (`readProgress`);
 * a missing one starts empty; one that fails the schema is copied to a backup key, reported, and
 * replaced by an empty one, so a broken value never stops the site and is never lost.
 */
import { progressEnvelope, articleId, type ReadingProgress, type ReadEntry } from './schemas';
import { describeIssues, issueMessage } from '../site/zod-messages';

export type { ReadingProgress, ReadEntry };

/** What reading a saved value gives: the progress, or why it could not be read. */
export type ProgressRead =
  | { status: 'empty' | 'ok'; progress: ReadingProgress }
  | { status: 'invalid'; progress: ReadingProgress; raw: string; problems: string[] };

/** Reads a saved value (null when nothing is saved); an invalid one comes back with its raw text and the problems. */
export function readProgress(raw: string | null): ProgressRead {
  if (raw === null) return { status: 'empty', progress: {} };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'invalid', progress: {}, raw, problems: ['the saved value: is not JSON'] };
  }
  const parsed = progressEnvelope.safeParse(json, { error: issueMessage });
  if (!parsed.success) return { status: 'invalid', progress: {}, raw, problems: describeIssues(parsed.error) };
  return { status: 'ok', progress: parsed.data.articles };
}

/** The saved or exported text of reading progress; an export may name the rep it is from (`rep`). */
export function serializeProgress(progress: ReadingProgress, now: Date, rep?: string | null): string {
  return JSON.stringify({ app: 'customer-atlas', kind: 'reading-progress', version: 1, savedAt: now.toISOString(), ...(rep ? { rep } : {}), articles: progress }, null, 2);
}

/** Progress with `id` read; an article read before keeps its first date. */
export function markRead(progress: ReadingProgress, id: string, how: ReadEntry['how'], now: number): ReadingProgress {
  return progress[id] ? progress : { ...progress, [id]: { readAt: now, how } };
}

/** Progress with `id` read now, even if it was read before: a new reading of an article that changed since. */
export function markReadAgain(progress: ReadingProgress, id: string, how: ReadEntry['how'], now: number): ReadingProgress {
  return { ...progress, [id]: { readAt: now, how } };
}

/** When `id` was read (ms since 1970), or null while unread. */
export const readTime = (progress: ReadingProgress, id: string): number | null => (Object.hasOwn(progress, id) ? progress[id]!.readAt : null);

/** Progress without `id`. */
export function markUnread(progress: ReadingProgress, id: string): ReadingProgress {
  const { [id]: _gone, ...rest } = progress;
  return rest;
}

/** Whether `id` counts as read. */
export const isRead = (progress: ReadingProgress, id: string): boolean => Object.hasOwn(progress, id);

/** How many of a section's articles are read. */
export function sectionCount(progress: ReadingProgress, ids: readonly string[]): { read: number; total: number } {
  return { read: ids.filter((id) => isRead(progress, id)).length, total: ids.length };
}

/** The words beside a section: "3 of 6 read", or nothing while none is read. */
export function sectionProgressLabel(read: number, total: number): string {
  return read === 0 ? '' : `${read} of ${total} read`;
}

/** The checked id of the article opened last, or null when missing or not an article id. */
export function readLastOpened(raw: string | null): string | null {
  const parsed = articleId.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Where "continue" leads: the article opened last while it is unread, else the next unread one after it, else the first unread. */
export function continueTarget(
  progress: ReadingProgress,
  lastOpened: string | null,
  order: readonly string[],
): { id: string; reason: 'resume' | 'next' | 'start' } | null {
  const at = lastOpened === null ? -1 : order.indexOf(lastOpened);
  if (at >= 0 && !isRead(progress, order[at]!)) return { id: order[at]!, reason: 'resume' };
  const after = order.slice(at + 1).find((id) => !isRead(progress, id));
  if (after) return { id: after, reason: at >= 0 ? 'next' : 'start' };
  const first = order.find((id) => !isRead(progress, id));
  return first ? { id: first, reason: 'next' } : null;
}

/** A file name for the export, e.g. `reading-progress-2026-11-23.json`. */
export const progressFileName = (now: Date): string => `reading-progress-${now.toISOString().slice(0, 10)}.json`;
