/** Merging reps' files: the result depends on the set of files only, and a later export of a customer replaces an earlier one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalFiles, mergeFiles } from '../../../src/lib/team/merge';
import { customerKey, repKey } from '../../../src/lib/team/names';
import { emptyRepFile, type RepFile } from '../../../src/lib/team/schemas';
import { repFileArb } from './team-fixtures';

const file = (rep: string, kind: RepFile['kind'], savedAt: string, part: Partial<RepFile>): RepFile => ({ ...emptyRepFile(`${rep}-${kind}.json`, rep, kind, savedAt), ...part });

describe('mergeFiles properties', () => {
  it('gives the same roll-up whatever order the files are dropped in', () => {
    fc.assert(
      fc.property(fc.array(repFileArb, { maxLength: 8 }).chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }))), ([files, shuffled]) => {
        expect(mergeFiles(shuffled)).toEqual(mergeFiles(files));
      }),
    );
  });

  it('changes nothing when a file is merged twice', () => {
    fc.assert(
      fc.property(fc.array(repFileArb, { minLength: 1, maxLength: 8 }), fc.nat(), (files, pick) => {
        const once = mergeFiles(files);
        expect(mergeFiles([...files, files[pick % files.length]!])).toEqual(once);
        expect(mergeFiles([...files, ...files])).toEqual(once);
        // Saved again under another name, it may lend the roll-up its name, but nothing the reps' views show changes.
        const copy = { ...files[pick % files.length]!, file: `copy of ${files[pick % files.length]!.file}` };
        const views = (reps: typeof once.reps) => reps.map(({ files: _names, ...rest }) => rest);
        expect(views(mergeFiles([...files, copy]).reps)).toEqual(views(once.reps));
      }),
    );
  });

  it('merging a roll-up’s own files again gives the same roll-up', () => {
    fc.assert(fc.property(fc.array(repFileArb, { maxLength: 8 }), (files) => {
      expect(mergeFiles(mergeFiles(files).files)).toEqual(mergeFiles(files));
    }));
  });

  it('loses no rep and no customer', () => {
    fc.assert(
      fc.property(fc.array(repFileArb, { maxLength: 8 }), (files) => {
        const rollup = mergeFiles(files);
        expect(rollup.reps.map((r) => r.key).sort()).toEqual([...new Set(files.map((f) => repKey(f.rep)))].sort());
        for (const rep of rollup.reps) {
          const mine = files.filter((f) => repKey(f.rep) === rep.key);
          const names = mine.flatMap((f) => [...f.verdicts.map((v) => v.customer), ...f.values.map((v) => v.customer), ...f.contacts.map((c) => c.account)]);
          expect(rep.customers.map((c) => c.key)).toEqual([...new Set(names.map(customerKey))].sort());
        }
      }),
    );
  });
});

describe('mergeFiles cases', () => {
  it.each([
    ['a later checklist export replaces the earlier verdict', [
      file('Ana', 'checklist', '2026-11-01T09:00:00.000Z', { verdicts: [{ customer: 'Acme', verdict: 'develop', score: 50 }] }),
      file('Ana', 'checklist', '2026-11-20T09:00:00.000Z', { verdicts: [{ customer: 'ACME Inc.', verdict: 'keep', score: 90 }] }),
    ], [{ key: 'acme', name: 'ACME Inc.', verdict: 'keep', score: 90, tier: null, contacts: 0, types: [] }]],
    ['a checklist, a value sheet and a quiz of one customer meet in one row', [
      file('Ana', 'value', '2026-11-01T09:00:00.000Z', { values: [{ customer: 'Northwind', tier: 'A', contribution: 9000, cev: 20000 }] }),
      file('Ana', 'checklist', '2026-11-01T09:00:00.000Z', { verdicts: [{ customer: 'northwind', verdict: 'let-go', score: 10 }] }),
      file('Ana', 'quiz', '', { contacts: [{ account: 'Northwind Ltd', name: 'Flo', type: 'ally' }, { account: 'Northwind', name: 'Gus', type: 'bag-of-money' }, { account: 'Northwind', name: 'Hal', type: 'ally' }] }),
    ], [{ key: 'northwind', name: 'Northwind', verdict: 'let-go', score: 10, tier: 'A', contacts: 3, types: ['ally', 'bag-of-money'] }]],
    ['the same contact in two quiz exports counts once, the later type winning', [
      file('Ana', 'quiz', '2026-11-01T09:00:00.000Z', { contacts: [{ account: 'Beta', name: 'Dana', type: 'bag-of-wind' }] }),
      file('Ana', 'quiz', '2026-11-02T09:00:00.000Z', { contacts: [{ account: 'beta', name: 'dana ', type: 'ally' }] }),
    ], [{ key: 'beta', name: 'beta', verdict: null, score: null, tier: null, contacts: 1, types: ['ally'] }]],
  ] as const)('%s', (_label, files, expected) => {
    const [rep, ...others] = mergeFiles(files).reps;
    expect(others).toEqual([]);
    expect(rep!.customers.map(({ key, name, verdict, score, tier, contacts, types }) => ({ key, name, verdict, score, tier, contacts, types }))).toEqual(expected);
  });

  it('groups a rep’s files whatever the case or spacing of the name, and sorts reps by name', () => {
    const rollup = mergeFiles([file('ben', 'progress', '', { read: ['b'] }), file('Ana  Lima', 'progress', '', { read: ['a'] }), file('ana lima', 'progress', '', { read: ['c', 'a'] })]);
    expect(rollup.reps.map((r) => [r.key, r.read])).toEqual([['ana lima', ['a', 'c']], ['ben', ['b']]]);
  });

  it('keeps one of two identical files with different names', () => {
    const a = file('Ana', 'quiz', '', { contacts: [{ account: 'Beta', name: 'Dana', type: null }] });
    expect(canonicalFiles([a, { ...a, file: 'again/Ana-quiz.json' }])).toHaveLength(1);
  });
});

describe('customerKey', () => {
  it.each([
    ['ACME Inc.', 'acme'], ['Acme, Ltd', 'acme'], ['Café Müller GmbH', 'cafe muller'], ['Smith & Sons Co', 'smith and sons'], ['Inc', 'inc'], ['  Northwind  ', 'northwind'], ['!!!', '!!!'],
  ])('%s → %s', (name, key) => expect(customerKey(name)).toBe(key));
});
