/** The shared worksheet-state module: keys, reading saved data, envelope messages, merging, imports, CSV, file names. */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  backupKey,
  deleteRecord,
  exportFileName,
  liveRecords,
  mergeData,
  planImport,
  putRecord,
  readEnvelope,
  readSaved,
  serialize,
  storageKey,
  versioned,
  type Collection,
  type WorksheetDefinition,
} from '../../../src/lib/worksheets/state';

const note = z.object({ text: z.string().check(z.minLength(1)), score: z.number() });
const schema = z.object({ notes: z.record(z.string(), versioned(note)) });
type Data = z.infer<typeof schema>;
const def: WorksheetDefinition<Data> = { worksheet: 'test-sheet', label: 'test sheet', version: 2, schema, empty: () => ({ notes: {} }) };
const now = new Date('2026-11-23T10:00:00Z');
const envelope = (over: Record<string, unknown>) =>
  JSON.stringify({ app: 'customer-atlas', worksheet: 'test-sheet', version: 2, data: { notes: {} }, ...over });

describe('keys', () => {
  it('names the storage key by app, worksheet and version', () => {
    expect(storageKey(def)).toBe('customer-atlas:test-sheet:v2');
    expect(storageKey({ worksheet: 'customer-type-quiz', version: 1 })).toBe('customer-atlas:customer-type-quiz:v1');
    expect(backupKey(def, 42)).toBe('customer-atlas:test-sheet:v2:backup:42');
  });
});

describe('readSaved', () => {
  it('starts empty when nothing is saved', () => {
    expect(readSaved(def, null)).toEqual({ status: 'empty', data: { notes: {} } });
  });

  it('reads what serialize wrote', () => {
    const data: Data = { notes: putRecord({}, 'n1', { text: 'hi', score: 3 }, 5) };
    expect(readSaved(def, serialize(def, data, now))).toEqual({ status: 'ok', data });
  });

  it('keeps invalid data with its raw text instead of dropping it', () => {
    const raw = envelope({ data: { notes: { n1: { updatedAt: 1, value: { text: '', score: 1 } } } } });
    const result = readSaved(def, raw);
    expect(result).toEqual({
      status: 'invalid',
      data: { notes: {} },
      raw,
      problems: ['data → notes → n1 → value → text: must not be empty'],
    });
  });
});

describe('readEnvelope: the problem and its details (the saved-data banner shows the details)', () => {
  const cases: [string, string, string, string][] = [
    ['not JSON', '{oops', 'not-json', 'the file: is not JSON'],
    ['wrong app', JSON.stringify({ app: 'other', worksheet: 'test-sheet', version: 2, data: {} }), 'no-marker', 'app: must be one of "customer-atlas"'],
    ['wrong worksheet', envelope({ worksheet: 'ideal-customer-checklist' }), 'other-worksheet', 'worksheet: "ideal-customer-checklist", expected "test-sheet"'],
    ['wrong version', envelope({ version: 1 }), 'other-version', 'version: 1, this page reads 2'],
    ['invalid field', envelope({ data: { notes: { n1: { updatedAt: 1, value: { text: 'x', score: 'high' } } } } }), 'data', 'data → notes → n1 → value → score: should be a number, not text'],
    ['missing collection', envelope({ data: {} }), 'data', 'data → notes: is missing: it should be a set of entries'],
  ];
  it.each(cases)('%s', (_name, text, kind, detail) => {
    const read = readEnvelope(def, text);
    expect(read.ok ? null : [read.problem.kind, read.details]).toEqual([kind, [detail]]);
    expect(readSaved(def, text)).toEqual({ status: 'invalid', data: { notes: {} }, raw: text, problems: [detail] });
  });

  it('gives the checked data and the data as written', () => {
    const data = { notes: { n1: { updatedAt: 1, value: { text: 'x', score: 1 } } } };
    expect(readEnvelope(def, envelope({ data }))).toEqual({ ok: true, data, input: data });
  });
});

const stamp = fc.integer({ min: 0, max: 20 });
const record = fc.record({ updatedAt: stamp, deleted: fc.boolean(), value: fc.record({ text: fc.constantFrom('a', 'b', 'c'), score: fc.integer({ min: 0, max: 3 }) }) });
const collection = fc.dictionary(fc.constantFrom('n1', 'n2', 'n3', 'n4'), record) as fc.Arbitrary<Collection<{ text: string; score: number }>>;
const data = collection.map((notes) => ({ notes }));
// Two copies of a record with the same time but different content cannot be ordered; real stamps differ.
const distinctStamps = (a: Data, b: Data) =>
  Object.entries(a.notes).every(([id, r]) => b.notes[id]?.updatedAt !== r.updatedAt || JSON.stringify(b.notes[id]) === JSON.stringify(r));

describe('mergeData', () => {
  it('keeps the newest change of each record and never loses an id', () => {
    const a: Data = { notes: putRecord(putRecord({}, 'n1', { text: 'old', score: 1 }, 1), 'n2', { text: 'mine', score: 1 }, 1) };
    const b: Data = { notes: deleteRecord(putRecord({}, 'n1', { text: 'new', score: 2 }, 2), 'n1', 3) };
    const merged = mergeData(a, b);
    expect(merged.notes['n1']).toEqual({ updatedAt: 3, deleted: true, value: { text: 'new', score: 2 } });
    expect(liveRecords(merged.notes)).toEqual([['n2', { text: 'mine', score: 1 }]]);
  });

  it('a tombstone wins over an older edit, a newer edit wins over a tombstone', () => {
    const edited = putRecord({}, 'n1', { text: 'x', score: 1 }, 5);
    const removed = { n1: { updatedAt: 4, deleted: true, value: { text: 'x', score: 0 } } };
    expect(mergeData({ notes: edited }, { notes: removed }).notes['n1']!.deleted).toBeUndefined();
    expect(mergeData({ notes: { n1: { ...removed.n1, updatedAt: 6 } } }, { notes: edited }).notes['n1']!.deleted).toBe(true);
  });

  it('is commutative, idempotent and associative, and never loses a record id', () => {
    fc.assert(
      fc.property(data, data, data, (a, b, c) => {
        fc.pre(distinctStamps(a, b) && distinctStamps(b, c) && distinctStamps(a, c));
        expect(mergeData(a, b)).toEqual(mergeData(b, a));
        expect(mergeData(a, a)).toEqual(a);
        expect(mergeData(mergeData(a, b), c)).toEqual(mergeData(a, mergeData(b, c)));
        const ids = new Set([...Object.keys(a.notes), ...Object.keys(b.notes)]);
        expect(new Set(Object.keys(mergeData(a, b).notes))).toEqual(ids);
      }),
    );
  });
});

describe('imports', () => {
  const mine = putRecord(putRecord({}, 'n1', { text: 'mine', score: 1 }, 1), 'n2', { text: 'same', score: 1 }, 1);
  const theirs = putRecord(putRecord(putRecord({}, 'n1', { text: 'theirs', score: 2 }, 9), 'n2', { text: 'same', score: 1 }, 9), 'n3', { text: 'new', score: 0 }, 9);

  it('plans an import without changing anything', () => {
    expect(planImport(mine, theirs)).toEqual({ added: ['n3'], conflicts: ['n1'], unchanged: ['n2'] });
    expect(planImport(mine, deleteRecord(theirs, 'n3', 10)).added).toEqual([]);
    expect(planImport(deleteRecord(mine, 'n1', 2), theirs).added).toEqual(['n1', 'n3']);
  });

  it.each([
    ['keep-mine', 'mine'],
    ['replace', 'theirs'],
  ] as const)('%s keeps n1 as %s and adds n3', (mode, text) => {
    const out = applyImport(mine, theirs, mode, 50);
    expect(out['n1']!.value.text).toBe(text);
    expect(out['n3']).toEqual({ updatedAt: 50, value: { text: 'new', score: 0 } });
    expect(out['n2']).toBe(mine['n2']);
  });

  it('never drops an existing record, whatever the mode', () => {
    fc.assert(
      fc.property(collection, collection, fc.constantFrom('keep-mine' as const, 'replace' as const), (a, b, mode) => {
        const out = applyImport(a, b, mode, 100);
        for (const id of Object.keys(a)) expect(out[id]).toBeDefined();
        if (mode === 'keep-mine') for (const [id, r] of Object.entries(a)) if (!r.deleted) expect(out[id]).toBe(r);
      }),
    );
  });
});

describe('exportFileName', () => {
  it.each([
    ['Acme Corp', 'customer-type-quiz-acme-corp-2026-11-23.json'],
    ['  ', 'customer-type-quiz-2026-11-23.json'],
    ['Ünïcode & Søn', 'customer-type-quiz-unicode-s-n-2026-11-23.json'],
    ['x'.repeat(60), `customer-type-quiz-${'x'.repeat(40)}-2026-11-23.json`],
  ])('%j → %j', (label, name) => {
    expect(exportFileName('customer-type-quiz', label, now, 'json')).toBe(name);
  });
});
