/**
 * Preact hook that keeps a worksheet's data in localStorage through `src/lib/worksheets/state`:
 * loads once on mount, merges and saves on every change, follows saves from other tabs, and
 * holds invalid saved data aside (never overwritten) until the rep downloads it or starts fresh.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  backupKey,
  mergeData,
  readSaved,
  serialize,
  storageKey,
  type Collections,
  type WorksheetDefinition,
} from '../../../lib/worksheets/state';
import { askForPersistentStorage, readKey, tryWriteKey, writeKey, type WriteProblem } from '../../../browser/worksheets/browser-store';

/** What the island sees of its saved data. */
export interface WorksheetState<T> {
  /** "loading" until mounted in the browser; "invalid" while rejected saved data waits for a decision. */
  status: 'loading' | 'ready' | 'invalid';
  data: T;
  /** Rejected saved text and why it was rejected (status "invalid"). */
  rejected?: { raw: string; problems: string[] };
  /** False when the browser refused the last save (storage off or full). */
  saved: boolean;
  /** Why the last save was refused, when the browser said. */
  problem?: WriteProblem | undefined;
  /** The export text of what is on screen but not saved (a refused save), for the rep to download. */
  unsaved?: string | undefined;
}

/** The hook's result: state plus the ways to change it. */
export interface Worksheet<T> {
  state: WorksheetState<T>;
  /** Applies a change; `now` stamps records. Ignored while saved data is invalid (it would be overwritten). */
  update: (change: (data: T, now: number) => T) => void;
  /** Keeps a copy of the rejected data under a backup key, then starts empty. */
  startFresh: () => void;
}

/** Binds a worksheet definition to localStorage. */
export function useWorksheet<T extends Collections>(def: WorksheetDefinition<T>): Worksheet<T> {
  const key = storageKey(def);
  const [state, setState] = useState<WorksheetState<T>>({ status: 'loading', data: def.empty(), saved: true });
  const current = useRef(state);
  current.current = state;
  // The text this tab last read or wrote: when storage still holds it, no other tab has saved since,
  // and a change need not parse and check the whole saved value again (it keeps updates fast with many records).
  const lastText = useRef<string | null>(null);

  const load = useCallback(() => {
    const raw = readKey(key);
    const result = readSaved(def, raw);
    lastText.current = result.status === 'ok' ? raw : null;
    setState(
      result.status === 'invalid'
        ? { status: 'invalid', data: result.data, rejected: { raw: result.raw, problems: result.problems }, saved: true }
        : { status: 'ready', data: result.data, saved: true },
    );
  }, [def, key]);

  useEffect(() => {
    load();
    askForPersistentStorage();
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key || current.current.status === 'invalid') return;
      const theirs = readSaved(def, event.newValue);
      if (theirs.status === 'ok') {
        setState((s) => ({ ...s, status: 'ready', data: mergeData(s.data, theirs.data) }));
      } else if (theirs.status === 'invalid') {
        load();
      }
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [def, key, load]);

  const update = useCallback(
    (change: (data: T, now: number) => T) => {
      if (current.current.status !== 'ready') return;
      const now = Date.now();
      const raw = readKey(key);
      const stored = raw !== null && raw === lastText.current ? null : readSaved(def, raw);
      const base = stored?.status === 'ok' ? mergeData(current.current.data, stored.data) : current.current.data;
      const next = change(base, now);
      const text = serialize(def, next, new Date(now));
      // Another tab's invalid save is never overwritten; a full or switched-off storage keeps what it held.
      const problem = stored?.status === 'invalid' ? undefined : tryWriteKey(key, text);
      const saved = stored?.status !== 'invalid' && problem === null;
      lastText.current = saved ? text : null;
      setState({ status: 'ready', data: next, saved, problem: problem ?? undefined, unsaved: saved ? undefined : text });
    },
    [def, key],
  );

  const startFresh = useCallback(() => {
    const rejected = current.current.rejected;
    const now = Date.now();
    if (rejected) writeKey(backupKey(def, now), rejected.raw);
    const data = def.empty();
    const text = serialize(def, data, new Date(now));
    const saved = writeKey(key, text);
    lastText.current = saved ? text : null;
    setState({ status: 'ready', data, saved });
  }, [def, key]);

  return { state, update, startFresh };
}
