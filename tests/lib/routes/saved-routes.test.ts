/** "Your routes" against a fake Storage: save, list newest first, remove, keep a broken value aside, survive a refusing storage. */
import { describe, expect, it } from 'vitest';
import { isSaved, openSavedRoutes, removeRoute, saveRoute, SAVED_ROUTES_KEY, type RouteStorage } from '../../../src/lib/routes/saved-routes';
import { MAX_SAVED } from '../../../src/lib/routes/schemas';

function fakeStorage(initial: Record<string, string> = {}, refuse = false): RouteStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('saved routes', () => {
  it('saves newest first, moves a route saved again to the top, and removes', () => {
    const storage = fakeStorage();
    expect(openSavedRoutes(storage, 1)).toEqual({ routes: [] });
    expect(saveRoute(storage, '1aaa', 10)).toBe(true);
    expect(saveRoute(storage, '1bbb', 20)).toBe(true);
    expect(saveRoute(storage, '1aaa', 30)).toBe(true);
    expect(openSavedRoutes(storage, 40).routes).toEqual([{ code: '1aaa', savedAt: 30 }, { code: '1bbb', savedAt: 20 }]);
    expect(isSaved(storage, '1bbb', 40)).toBe(true);
    expect(removeRoute(storage, '1bbb', 50)).toBe(true);
    expect(isSaved(storage, '1bbb', 60)).toBe(false);
    expect(JSON.parse(storage.data.get(SAVED_ROUTES_KEY)!)).toMatchObject({ app: 'customer-atlas', kind: 'routes', version: 1 });
  });

  it.each([
    ['not JSON', '{"routes": [', 'the saved value: is not JSON'],
    ['another version', JSON.stringify({ app: 'customer-atlas', kind: 'routes', version: 2, routes: [] }), 'version: must be one of 1'],
    ['a route without its code', JSON.stringify({ app: 'customer-atlas', kind: 'routes', version: 1, routes: [{ savedAt: 1 }] }), 'routes → 0 → code: is missing: it should be text'],
  ])('keeps a stored value that is %s aside, and will not write over it', (_name, raw, problem) => {
    const storage = fakeStorage({ [SAVED_ROUTES_KEY]: raw });
    expect(saveRoute(storage, '1aaa', 5)).toBe(false);
    expect(storage.data.get(SAVED_ROUTES_KEY)).toBe(raw);
    const opened = openSavedRoutes(storage, 7);
    expect(opened.routes).toEqual([]);
    expect(opened.keptAside).toEqual({ key: `${SAVED_ROUTES_KEY}:backup:7`, problems: [problem] });
    expect(storage.data.get(`${SAVED_ROUTES_KEY}:backup:7`)).toBe(raw);
    expect(storage.data.has(SAVED_ROUTES_KEY)).toBe(false);
    expect(saveRoute(storage, '1aaa', 8)).toBe(true);
  });

  it('says so when storage refuses, and holds at most MAX_SAVED routes', () => {
    expect(saveRoute(fakeStorage({}, true), '1aaa', 1)).toBe(false);
    const storage = fakeStorage();
    for (let i = 0; i < MAX_SAVED; i++) expect(saveRoute(storage, `1r${i}`, i)).toBe(true);
    expect(saveRoute(storage, '1one-more', 999)).toBe(false);
    expect(saveRoute(storage, '1r0', 999)).toBe(true);
  });
});
