/** Reading reps' files for the roll-up: every export kind through its worksheet's importer, and bad files refused in pinned words. */
import { describe, expect, it } from 'vitest';
import { criterionIds } from '../../../src/lib/worksheets/ideal-customer-checklist/criteria';
import { decodeFile, type DecodedFile } from '../../../src/lib/team/decode';
import { repExports } from './team-fixtures';

const named = repExports('Ana Lima');
const unnamed = repExports(null);

/** What the roll-up keeps of a file, in short. */
const gist = (f: DecodedFile) => ({ rep: f.rep, kind: f.kind, contacts: f.contacts.length, verdicts: f.verdicts.map((v) => `${v.customer}:${v.verdict}`), tiers: f.values.map((v) => `${v.customer}:${v.tier}`), read: f.read });

const verdicts = ['Northwind:keep', 'Acme Inc.:develop', 'Coho Winery:let-go'];
const tiers = ['Northwind:A', 'Acme:B', 'Coho Winery:B'];

describe('decodeFile reads every export the worksheets make', () => {
  it.each([
    ['quiz JSON', named.quizJson, { kind: 'quiz', contacts: 3, verdicts: [], tiers: [], read: [] }],
    ['quiz CSV', named.quizCsv, { kind: 'quiz', contacts: 3, verdicts: [], tiers: [], read: [] }],
    ['checklist JSON', named.checklistJson, { kind: 'checklist', contacts: 0, verdicts, tiers: [], read: [] }],
    ['checklist CSV', named.checklistCsv, { kind: 'checklist', contacts: 0, verdicts, tiers: [], read: [] }],
    ['value JSON', named.valueJson, { kind: 'value', contacts: 0, verdicts: [], tiers, read: [] }],
    ['value CSV (with its "#" assumption lines)', named.valueCsv, { kind: 'value', contacts: 0, verdicts: [], tiers, read: [] }],
    ['reading progress JSON', named.progressJson, { kind: 'progress', contacts: 0, verdicts: [], tiers: [], read: ['bag-of-money', 'what-a-customer-is'] }],
  ] as const)('%s, with the rep named in the file', (_label, file, expected) => {
    const read = decodeFile(file.name, file.text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.files.map(gist)).toEqual([{ rep: 'Ana Lima', ...expected }]);
    expect(read.files[0]!.file).toBe(file.name);
  });

  it.each(Object.entries(unnamed))('%s without a rep name reads with rep null (to be asked for)', (_key, file) => {
    const read = decodeFile(file.name, file.text);
    expect(read.ok && read.files.map((f) => f.rep)).toEqual([null]);
  });

  it('keeps the quiz types and the value figures', () => {
    const quiz = decodeFile('q.json', named.quizJson.text);
    expect(quiz.ok && quiz.files[0]!.contacts).toEqual([
      { account: 'Acme Inc.', name: 'Dana', type: 'bag-of-money' },
      { account: 'Acme Inc.', name: 'Eli', type: 'ally' },
      { account: 'Northwind', name: 'Flo', type: 'repeat-customer' },
    ]);
    const value = decodeFile('v.csv', named.valueCsv.text);
    expect(value.ok && value.files[0]!.values[0]).toEqual({ customer: 'Northwind', tier: 'A', contribution: 143000, cev: 456933.91 });
  });

  it('reads a file with a byte-order mark', () => {
    expect(decodeFile('c.csv', `\uFEFF${named.checklistCsv.text}`).ok).toBe(true);
  });
});

const checklistOf = (customers: object) => JSON.stringify({ app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1, savedAt: '2026-11-23T10:00:00.000Z', data: { customers, portrait: {}, sources: {} } });
const goodRatings = Object.fromEntries(criterionIds.map((id) => [id, 4]));

describe('decodeFile refuses bad files in plain words', () => {
  it.each([
    ['empty.csv', '', ['The file is empty.']],
    ['blank.json', '  \n ', ['The file is empty.']],
    ['cut.json', named.checklistJson.text.slice(0, 60), ['It looks like JSON but is cut short or damaged, so it cannot be read. Export it again.']],
    ['other.json', '{"hello": "world"}', ['It is JSON, but not a Customer Atlas export (it has no "app": "customer-atlas" marker).']],
    ['list.json', '[1, 2]', ['It is JSON, but not a Customer Atlas export (it has no "app": "customer-atlas" marker).']],
    ['photo.json', 'GIF89a', ['It is named .json but holds no JSON, so it cannot be read. Export it again.']],
    ['notes.csv', 'Date,Amount\n2026-01-01,4', ['This CSV is not one of the worksheets’ exports: it has none of their columns (“Customer type” for the quiz, “Verdict” for the checklist, “Tier” for the value worksheet).']],
    ['unknown.json', '{"app":"customer-atlas","worksheet":"budget-planner","version":1,"data":{}}', ['It holds the “budget-planner” worksheet, which the team roll-up does not read.']],
    ['routes.json', '{"app":"customer-atlas","kind":"routes","version":1,"routes":[]}', ['It is a Customer Atlas file, but not a worksheet, reading-progress or roll-up export.']],
    ['verdict.csv', 'Rep,Rank,Customer,Score,Verdict\nAna,1,Acme,90,Maybe', ['Row 2: “Maybe” is not one of the checklist’s verdicts.']],
    ['score.csv', 'Rank,Customer,Score,Verdict\n1,,high,Develop', ['Row 2: the “Customer” column is empty.', 'Row 2: the “Score” column holds “high”, not a number.']],
    ['tier.csv', 'Rank,Tier,CEV,Yearly contribution,Customer name\n1,D,10,5,Acme', ['Row 2: the tier “D” is not A, B or C.']],
    ['figures.csv', 'Rank,Tier,CEV,Yearly contribution,Customer name\n1,A,lots,,Acme', ['Row 2: the “Yearly contribution” column holds “”, not a number.', 'Row 2: the “CEV” column holds “lots”, not a number.']],
    ['reading.json', '{"app":"customer-atlas","kind":"reading-progress","version":1,"articles":{"Bad Id":{"readAt":1,"how":"end"}}}', ['This reading-progress file is damaged.', 'articles → Bad Id: is not a valid id (it should be the id this page gave the entry)']],
    [
      'checklist.json',
      checklistOf({ a: { updatedAt: 1, value: { name: 'Acme', ratings: goodRatings, addedAt: 1 } }, b: { updatedAt: 1, value: { name: 'Beta', ratings: { ...goodRatings, 'fair-price': 9 } } } }),
      ['The file holds 2 customers.', 'Customer 2 (“Beta”): the rating of “Pays a fair price” must be 4 or less.', 'Customer 2 (“Beta”): the date added is missing: it should be a number.'],
    ],
    ['rollup.json', '{"app":"customer-atlas","kind":"team-rollup","version":1,"files":[{"file":"a.json","rep":"","kind":"quiz","savedAt":"","contacts":[],"verdicts":[],"values":[],"read":[]}]}', ['This team roll-up file is damaged.', 'files → 0 → rep: Expected 1 to 80 characters.']],
  ])('%s', (name, text, problems) => {
    expect(decodeFile(name, text)).toEqual({ ok: false, name, problems });
  });

  it('lists at most eight row problems and counts the rest', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1},Acme ${i},50,Perhaps`);
    const read = decodeFile('many.csv', ['Rank,Customer,Score,Verdict', ...rows].join('\n'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(9);
    expect(read.problems.at(-1)).toBe('… and 4 more problems.');
  });

  it('refuses a quiz file through the quiz’s own import check', () => {
    const broken = JSON.parse(named.quizJson.text);
    broken.data.contacts.a1.value.answers.budget = 'lots';
    const read = decodeFile('quiz.json', JSON.stringify(broken));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatch(/^The file holds 3 contacts/);
  });
});
