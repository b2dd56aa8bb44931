/** Reading progress, pure: reading saved values, marking, counting, "continue", and the store against a fake Storage. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  continueTarget,
  isRead,
  markRead,
  markUnread,
  progressFileName,
  readLastOpened,
  readProgress,
  sectionCount,
  sectionProgressLabel,
  serializeProgress,
  type ReadingProgress,
} from '../../../src/lib/reading-progress/progress';
import { BACKUP_PREFIX, LAST_OPENED_KEY, PROGRESS_KEY } from '../../../src/lib/reading-progress/keys';
import { backupKeys, clearProgress, lastOpened, openProgress, updateProgress, type ProgressStorage } from '../../../src/lib/reading-progress/store';

const NOW = Date.UTC(2026, 10, 23, 12);
const envelope = (articles: unknown) => JSON.stringify({ app: 'customer-atlas', kind: 'reading-progress', version: 1, articles });
const anyId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const anyProgress: fc.Arbitrary<ReadingProgress> = fc.dictionary(
  anyId,
  fc.record({ readAt: fc.nat(), how: fc.constantFrom('end' as const, 'marked' as const) }),
);

/** A Map-backed Storage; `refuse` makes writes throw like a full or disabled localStorage. */
function fakeStorage(initial: Record<string, string> = {}, refuse = false): ProgressStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('readProgress', () => {
  it.each([
    ['nothing saved', null, { status: 'empty', progress: {} }],
    ['a valid value', envelope({ a1: { readAt: 5, how: 'end' } }), { status: 'ok', progress: { a1: { readAt: 5, how: 'end' } } }],
  ])('reads %s', (_name, raw, expected) => expect(readProgress(raw)).toEqual(expected));

  it.each([
    ['not JSON', '{oops', ['the saved value: is not JSON']],
    ['another app', JSON.stringify({ app: 'other', kind: 'reading-progress', version: 1, articles: {} }), ['app: must be one of "customer-atlas"']],
    ['a later version', JSON.stringify({ app: 'customer-atlas', kind: 'reading-progress', version: 2, articles: {} }), ['version: must be one of 1']],
    ['a date as text', envelope({ a1: { readAt: 'soon', how: 'end' } }), ['a1 → readAt: should be a number, not text'].map((l) => `articles → ${l}`)],
    ['an unknown way of reading', envelope({ a1: { readAt: 1, how: 'skimmed' } }), ['articles → a1 → how: must be one of "end", "marked"']],
    ['a bad article id', envelope({ 'Bad Id': { readAt: 1, how: 'end' } }), ['articles → Bad Id: is not a valid id (it should be the id this page gave the entry)']],
  ])('rejects %s, keeping the raw text and saying why', (_name, raw, problems) => {
    expect(readProgress(raw)).toEqual({ status: 'invalid', progress: {}, raw, problems });
  });

  it('reads back what it wrote (any progress)', () => {
    fc.assert(
      fc.property(anyProgress, (progress) => {
        expect(readProgress(serializeProgress(progress, new Date(NOW)))).toEqual({ status: 'ok', progress });
      }),
    );
  });
});

describe('marking', () => {
  it('keeps the first date when an article is read again, and unread removes it', () => {
    const once = markRead({}, 'a1', 'end', 10);
    expect(markRead(once, 'a1', 'marked', 20)).toEqual({ a1: { readAt: 10, how: 'end' } });
    expect(markUnread(once, 'a1')).toEqual({});
  });

  it('read then unread leaves other articles as they were (any progress)', () => {
    fc.assert(
      fc.property(anyProgress, anyId, (progress, id) => {
        fc.pre(!isRead(progress, id));
        const after = markUnread(markRead(progress, id, 'marked', NOW), id);
        expect(after).toEqual(progress);
      }),
    );
  });
});

describe('sections and continue', () => {
  const progress = markRead(markRead({}, 'a1', 'end', 1), 'b1', 'marked', 2);
  it.each([
    [['a1', 'a2', 'a3'], { read: 1, total: 3 }, '1 of 3 read'],
    [['a2', 'a3'], { read: 0, total: 2 }, ''],
    [['a1', 'b1'], { read: 2, total: 2 }, '2 of 2 read'],
  ])('counts %j', (ids, count, label) => {
    expect(sectionCount(progress, ids)).toEqual(count);
    expect(sectionProgressLabel(count.read, count.total)).toBe(label);
  });

  const order = ['a1', 'a2', 'a3', 'b1', 'b2'];
  it.each([
    ['nothing opened: the first unread', null, { id: 'a2', reason: 'start' }],
    ['an unread article opened last: that one', 'a3', { id: 'a3', reason: 'resume' }],
    ['a read article opened last: the next unread after it', 'a1', { id: 'a2', reason: 'next' }],
    ['the last one read: back to the first unread', 'b1', { id: 'b2', reason: 'next' }],
    ['an id not on the page: the first unread', 'gone', { id: 'a2', reason: 'start' }],
  ])('%s', (_name, last, expected) => expect(continueTarget(progress, last, order)).toEqual(expected));

  it('offers nothing once every article is read', () => {
    expect(continueTarget({ a1: { readAt: 1, how: 'end' } }, 'a1', ['a1'])).toBeNull();
  });

  it('never offers a read article (any progress, any last opened)', () => {
    fc.assert(
      fc.property(anyProgress, fc.option(anyId, { nil: null }), fc.uniqueArray(anyId, { maxLength: 8 }), (p, last, ids) => {
        const target = continueTarget(p, last, ids);
        if (target) expect(isRead(p, target.id)).toBe(false);
        else expect(ids.every((id) => isRead(p, id))).toBe(true);
      }),
    );
  });

  it.each([
    ['what-is-a-customer-six-types', 'what-is-a-customer-six-types'],
    [null, null],
    ['<script>', null],
    ['', null],
  ])('checks the last opened id %j', (raw, expected) => expect(readLastOpened(raw)).toBe(expected));

  it('names the export by date', () => expect(progressFileName(new Date(NOW))).toBe('reading-progress-2026-11-23.json'));
});

describe('the store', () => {
  it('starts empty and saves changes on top of what another tab saved meanwhile', () => {
    const storage = fakeStorage();
    expect(openProgress(storage, NOW)).toEqual({ progress: {} });
    updateProgress(storage, (p) => markRead(p, 'a1', 'end', 1), NOW);
    storage.setItem(PROGRESS_KEY, serializeProgress({ ...readProgress(storage.getItem(PROGRESS_KEY)).progress, b1: { readAt: 2, how: 'marked' } }, new Date(NOW)));
    const after = updateProgress(storage, (p) => markRead(p, 'a2', 'end', 3), NOW);
    expect(Object.keys(after).sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('keeps a broken value aside under a backup key, reports it and starts afresh', () => {
    const raw = envelope({ a1: { readAt: 'soon', how: 'end' } });
    const storage = fakeStorage({ [PROGRESS_KEY]: raw });
    const opened = openProgress(storage, NOW);
    expect(opened).toEqual({ progress: {}, keptAside: { key: `${BACKUP_PREFIX}${NOW}`, problems: ['articles → a1 → readAt: should be a number, not text'] } });
    expect(storage.data.get(`${BACKUP_PREFIX}${NOW}`)).toBe(raw);
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    expect(backupKeys(storage)).toEqual([`${BACKUP_PREFIX}${NOW}`]);
  });

  it('leaves a broken value in place when its copy cannot be written, and never overwrites it', () => {
    const storage = fakeStorage({ [PROGRESS_KEY]: '{oops' }, true);
    expect(openProgress(storage, NOW).keptAside?.key).toBe(PROGRESS_KEY);
    expect(updateProgress(storage, (p) => markRead(p, 'a1', 'end', 1), NOW)).toEqual({ a1: { readAt: 1, how: 'end' } });
    expect(storage.data.get(PROGRESS_KEY)).toBe('{oops');
  });

  it('never throws when storage itself throws', () => {
    const broken: ProgressStorage = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(openProgress(broken, NOW)).toEqual({ progress: {} });
    expect(lastOpened(broken)).toBeNull();
    expect(() => clearProgress(broken)).not.toThrow();
  });

  it('clears read articles and the last opened one, but keeps the kept-aside copies', () => {
    const storage = fakeStorage({ [PROGRESS_KEY]: envelope({}), [LAST_OPENED_KEY]: 'a1', [`${BACKUP_PREFIX}1`]: 'x' });
    expect(lastOpened(storage)).toBe('a1');
    clearProgress(storage);
    expect([...storage.data.keys()]).toEqual([`${BACKUP_PREFIX}1`]);
  });
});
