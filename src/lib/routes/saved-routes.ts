/**
 * "Your routes": the routes a rep saved in this browser, against a Storage (localStorage in the
 * browser, a Map-backed fake in tests). Shape: `{ app, kind: "routes", version: 1, routes: [{ code,
 * savedAt }] }` under SAVED_ROUTES_KEY, newest first; each code is decoded again when shown, so a
 * route the site can no longer read is listed with its problem, never dropped. A stored value that
 * fails the schema is copied to a backup key before anything is written over it. Never throws.
 */
import { MAX_SAVED, savedRoutesEnvelope, type SavedRoute } from './schemas';
import { describeIssues, issueMessage } from '../site/zod-messages';
import { attempt } from '../site/storage-attempt';

/** Where "Your routes" lives in localStorage. */
export const SAVED_ROUTES_KEY = 'customer-atlas:routes:v1';
/** The route planned on a chapter map and not yet finished (its link code), so a reload loses nothing. */
export const ROUTE_DRAFT_KEY = 'customer-atlas:route-draft:v1';

/** The part of the Storage API used here. */
export type RouteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What reading the store found: the routes, and, when the stored value was broken, where it was kept and why. */
export interface OpenedRoutes {
  routes: SavedRoute[];
  keptAside?: { key: string; problems: string[] };
}

function parse(raw: string): { routes: SavedRoute[] } | { problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problems: ['the saved value: is not JSON'] };
  }
  const parsed = savedRoutesEnvelope.safeParse(json, { error: issueMessage });
  return parsed.success ? { routes: parsed.data.routes } : { problems: describeIssues(parsed.error) };
}

/** Reads "Your routes"; a broken value is copied to `<key>:backup:<now>` and reads as empty. */
export function openSavedRoutes(storage: RouteStorage, now: number): OpenedRoutes {
  const raw = attempt(() => storage.getItem(SAVED_ROUTES_KEY), null);
  if (raw === null) return { routes: [] };
  const read = parse(raw);
  if ('routes' in read) return { routes: read.routes };
  const key = `${SAVED_ROUTES_KEY}:backup:${now}`;
  const kept = attempt(() => (storage.setItem(key, raw), true), false);
  if (kept) attempt(() => storage.removeItem(SAVED_ROUTES_KEY), undefined);
  return { routes: [], keptAside: { key: kept ? key : SAVED_ROUTES_KEY, problems: read.problems } };
}

function write(storage: RouteStorage, routes: SavedRoute[]): boolean {
  const text = JSON.stringify({ app: 'customer-atlas', kind: 'routes', version: 1, routes });
  return attempt(() => (storage.setItem(SAVED_ROUTES_KEY, text), true), false);
}

/** Whether the browser holds a readable stored value (or none): only then may it be written over. */
const writable = (storage: RouteStorage) => {
  const raw = attempt(() => storage.getItem(SAVED_ROUTES_KEY), null);
  return raw === null || 'routes' in parse(raw);
};

/** Saves a route (its code) at the top of "Your routes"; one saved before moves up. False when storage refused or is full of routes. */
export function saveRoute(storage: RouteStorage, code: string, now: number): boolean {
  if (!writable(storage)) return false;
  const others = openSavedRoutes(storage, now).routes.filter((r) => r.code !== code);
  if (others.length >= MAX_SAVED) return false;
  return write(storage, [{ code, savedAt: now }, ...others]);
}

/** Takes a route off "Your routes". */
export function removeRoute(storage: RouteStorage, code: string, now: number): boolean {
  if (!writable(storage)) return false;
  return write(storage, openSavedRoutes(storage, now).routes.filter((r) => r.code !== code));
}

/** Whether a route is in "Your routes". */
export const isSaved = (storage: RouteStorage, code: string, now: number): boolean =>
  openSavedRoutes(storage, now).routes.some((r) => r.code === code);
