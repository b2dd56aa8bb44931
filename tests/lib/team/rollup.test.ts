/** What the roll-up shows and exports: shared customers, summaries, the JSON that drops back in, CSV, Markdown, names asked once. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFile, type DecodedFile } from '../../../src/lib/team/decode';
import { rollupColumns, rollupCsv, rollupFileName, rollupJson, rollupMarkdown } from '../../../src/lib/team/export';
import { mergeFiles } from '../../../src/lib/team/merge';
import { groupUnnamed, nameGroup } from '../../../src/lib/team/naming';
import { progressLabel, routeProgress, sectionProgress, totalProgress } from '../../../src/lib/team/progress';
import type { RepFile } from '../../../src/lib/team/schemas';
import { filterReps, filterShared, sharedCustomers } from '../../../src/lib/team/shared';
import { idsByNumber, savedTeamRoutes } from '../../../src/lib/team/routes';
import { readKept, TEAM_KEY } from '../../../src/lib/team/store';
import { readFileSync } from 'node:fs';
import { encodeRoute } from '../../../src/lib/routes/route-link';
import { repSummary, teamSummary } from '../../../src/lib/team/summary';
import { now, repExports, repFileArb } from './team-fixtures';

const read = (rep: string, which: (keyof ReturnType<typeof repExports>)[]): RepFile[] =>
  which.flatMap((k) => {
    const file = repExports(rep)[k];
    const d = decodeFile(`${rep}/${file.name}`, file.text);
    if (!d.ok) throw new Error(d.problems.join(' '));
    return d.files as RepFile[];
  });

const ana = read('Ana', ['quizJson', 'checklistJson', 'valueJson', 'progressJson']);
const ben = read('Ben', ['checklistCsv', 'valueCsv']).map((f) => (f.kind === 'checklist' ? { ...f, verdicts: f.verdicts.map((v) => (v.customer === 'Northwind' ? { ...v, verdict: 'let-go' as const, score: 20 } : v)) } : f));
const rollup = mergeFiles([...ana, ...ben]);
const shared = sharedCustomers(rollup.reps);

describe('shared customers', () => {
  it('puts the customer two reps judge differently first, in plain words', () => {
    expect(shared.map((s) => [s.name, s.holders.map((h) => h.rep), s.differences])).toEqual([
      ['Northwind', ['Ana', 'Ben'], ['Verdicts differ: Ana says “Keep, and find more like them”, Ben says “Consider letting go”.']],
      ['Acme', ['Ana', 'Ben'], []],
      ['Coho Winery', ['Ana', 'Ben'], []],
    ]);
  });

  it('names tiers that differ, and ignores an incomplete verdict', () => {
    const files: RepFile[] = [
      { ...ana[1]!, rep: 'Cy', verdicts: [{ customer: 'Litware', verdict: 'incomplete', score: null }], values: [{ customer: 'Litware', tier: 'A', contribution: 1, cev: 2 }] },
      { ...ana[1]!, rep: 'Di', verdicts: [{ customer: 'Litware', verdict: 'keep', score: 80 }], values: [{ customer: 'Litware', tier: 'C', contribution: 1, cev: 2 }] },
    ];
    expect(sharedCustomers(mergeFiles(files).reps)[0]!.differences).toEqual(['Tiers differ: Cy has tier A, Di has tier C.']);
  });

  it.each([
    [{ rep: null, query: '', disagreeOnly: false }, null, ['Northwind', 'Acme', 'Coho Winery']],
    [{ rep: null, query: '', disagreeOnly: true }, null, ['Northwind']],
    [{ rep: null, query: 'coho', disagreeOnly: false }, null, ['Coho Winery']],
    [{ rep: 'ben', query: '', disagreeOnly: false }, 'Ben', ['Northwind', 'Acme', 'Coho Winery']],
    [{ rep: 'ben', query: '', disagreeOnly: false }, 'Zoe', []],
  ])('filter %o keeps the right ones', (filter, repName, names) => {
    expect(filterShared(shared, filter, repName).map((s) => s.name)).toEqual(names);
    expect(filterReps(rollup.reps, filter).map((r) => r.rep)).toEqual(filter.rep === null ? ['Ana', 'Ben'] : ['Ben']);
  });
});

describe('summaries', () => {
  it('counts one rep’s accounts, contacts by type, verdicts, tiers and reading', () => {
    const s = repSummary(rollup.reps[0]!);
    expect(s).toMatchObject({ rep: 'Ana', files: 4, accounts: 3, mapped: 2, contacts: 3, customers: 3, read: 2, verdicts: { keep: 1, develop: 1, 'let-go': 1, incomplete: 0 }, tiers: { A: 1, B: 2, C: 0 } });
    expect(s.types).toMatchObject({ 'bag-of-money': 1, ally: 1, 'repeat-customer': 1, unfinished: 0 });
  });

  it('counts the team: verdicts, tiers against verdicts and the whale curve over every rep', () => {
    const team = teamSummary(rollup.reps);
    expect(team).toMatchObject({ reps: 2, customers: 6, contacts: 3, verdicts: { keep: 1, develop: 2, 'let-go': 3 }, tiers: { A: 2, B: 4, C: 0 } });
    expect(team.matrix.A).toEqual({ keep: 1, develop: 0, 'let-go': 1, incomplete: 0 });
    expect(team.matrix.B).toEqual({ keep: 0, develop: 2, 'let-go': 2, incomplete: 0 });
    expect(team.whale.points.at(-1)!.customers).toBe(6);
    expect(team.carriers.map((c) => `${c.rep}:${c.name}`).slice(0, 2)).toEqual(['Ana:Northwind', 'Ben:Northwind']);
  });

  it('team counts are the sum of the reps’ counts', () => {
    fc.assert(
      fc.property(fc.array(repFileArb, { maxLength: 8 }), (files) => {
        const { reps } = mergeFiles(files);
        const team = teamSummary(reps);
        const each = reps.map(repSummary);
        expect(team.customers).toBe(each.reduce((n, s) => n + s.customers, 0));
        expect(team.verdicts.keep).toBe(each.reduce((n, s) => n + s.verdicts.keep, 0));
        expect(team.tiers.A + team.tiers.B + team.tiers.C).toBe(each.reduce((n, s) => n + s.tiers.A + s.tiers.B + s.tiers.C, 0));
      }),
    );
  });
});

describe('exports', () => {
  it('the JSON export drops back in as the same roll-up', () => {
    fc.assert(
      fc.property(fc.array(repFileArb, { maxLength: 8 }), (files) => {
        const merged = mergeFiles(files);
        const back = decodeFile('team-rollup.json', rollupJson(merged.files, now));
        expect(back.ok).toBe(true);
        if (back.ok) expect(mergeFiles(back.files as RepFile[])).toEqual(merged);
      }),
    );
  });

  it('CSV: one row per rep and customer, with who else holds it', () => {
    const lines = rollupCsv(rollup, shared).split('\r\n');
    expect(lines[0]).toBe(rollupColumns.join(','));
    expect(lines[1]).toBe('Ana,Acme,2,Ally; Bag of money,Develop,50,B,26000,83078.89,Ben');
    expect(lines.filter((l) => l.startsWith('Ben,Northwind,'))).toEqual(['Ben,Northwind,0,,Consider letting go,20,A,143000,456933.91,Ana']);
    expect(lines).toHaveLength(8);
  });

  it('Markdown: reps, the team and where reps disagree', () => {
    const text = rollupMarkdown(rollup, teamSummary(rollup.reps), shared, now);
    expect(text).toContain('Summary of 2026-11-23: 2 reps, 6 customers, 3 contacts.');
    expect(text).toContain('| Ana | 3 | 3 | 1 | 1 | 1 | 1 | 2 | 0 | 2 |');
    expect(text).toContain('- **Northwind** (Ana, Ben): Verdicts differ: Ana says “Keep, and find more like them”, Ben says “Consider letting go”.');
    expect(rollupFileName(now, 'md')).toMatch(/^team-rollup.*2026-11-23\.md$/);
  });

  it('the drop zone looks for a kept roll-up under the key the roll-up keeps it under', () => {
    expect(readFileSync('src/components/team/TeamRollup.tsx', 'utf8')).toContain(`localStorage.getItem('${TEAM_KEY}')`);
  });

  it('a kept roll-up reads back; anything else reads as nothing kept', () => {
    expect(readKept(rollupJson(rollup.files, now))).toEqual(rollup.files);
    expect(readKept(null)).toBeNull();
    expect(readKept('{"app":')).toBeNull();
    expect(readKept('{"app":"customer-atlas","kind":"team-rollup","version":2,"files":[]}')).toBeNull();
    expect(readKept(repExports('Ana').quizJson.text)).toBeNull();
  });
});

describe('asking for a rep’s name once', () => {
  const loose = (file: string): DecodedFile => ({ ...ana[0]!, file, rep: null });
  it('groups unnamed files by folder and offers the folder as the name', () => {
    const { named, groups } = groupUnnamed([loose('dana/quiz.json'), loose('dana/sub/value.json'), loose('dana/checklist.csv'), loose('loose.json'), { ...loose('x.json'), rep: 'Eve' }], '3');
    expect(named.map((f) => f.rep)).toEqual(['Eve']);
    expect(groups.map((g) => [g.id, g.folder, g.files.map((f) => f.file)])).toEqual([
      ['3:dana', 'dana', ['dana/quiz.json', 'dana/checklist.csv']],
      ['3:sub', 'sub', ['dana/sub/value.json']],
      ['3:', '', ['loose.json']],
    ]);
    expect(nameGroup(groups[0]!, '  Dana   Ruiz ')?.map((f) => f.rep)).toEqual(['Dana Ruiz', 'Dana Ruiz']);
    expect(nameGroup(groups[0]!, '   ')).toBeNull();
    expect(nameGroup(groups[0]!, 'x'.repeat(81))).toBeNull();
  });
});

describe('reading progress', () => {
  const sections = [{ id: 's1', number: '1.01', title: 'One', articles: ['a', 'b'], numbers: ['1.01.01.01', '1.01.01.02'] }, { id: 's2', number: '1.02', title: 'Two', articles: ['c'], numbers: ['1.02.01.01'] }];
  it('counts by section, in all and along routes', () => {
    expect(sectionProgress(['b', 'z'], sections).map((s) => progressLabel(s))).toEqual(['1 of 2', 'none of 1']);
    expect(totalProgress(['b', 'c'], sections)).toEqual({ read: 2, total: 3 });
    expect(routeProgress(['a'], [{ name: 'Start', stops: ['a', 'c'] }, { name: 'Done', stops: ['a'] }]).map((r) => [r.read, r.total, r.next])).toEqual([[1, 2, 'c'], [1, 1, null]]);
  });
});

describe('routes saved in this browser', () => {
  const sections = [{ id: 's1', number: '5.03', title: 'One', articles: ['a', 'b'], numbers: ['5.03.02.01', '5.03.02.04'] }, { id: 's2', number: '5.04', title: 'Two', articles: ['c'], numbers: ['5.04.01.01'] }];
  const saved = (codes: string[]) => JSON.stringify({ app: 'customer-atlas', kind: 'routes', version: 1, routes: codes.map((code, i) => ({ code, savedAt: i })) });
  it('gives each route a title and its stops as article ids, leaving out routes it cannot read', () => {
    const ids = idsByNumber(sections);
    expect(ids.get('5.04.01.01')).toBe('c');
    const codes = [encodeRoute({ name: 'First week', note: '', stops: ['5.04.01.01', '5.03.02.01'] }), encodeRoute({ name: '', note: '', stops: ['5.03.02.04'] }), encodeRoute({ name: 'Gone', note: '', stops: ['9.09.09.09'] }), 'x-not-a-code'];
    expect(savedTeamRoutes(saved(codes), ids)).toEqual([{ name: 'First week', stops: ['c', 'a'] }, { name: 'Route of 1 stop', stops: ['b'] }]);
    expect(savedTeamRoutes(null, ids)).toEqual([]);
    expect(savedTeamRoutes('{', ids)).toEqual([]);
    expect(savedTeamRoutes('{"app":"customer-atlas","kind":"routes","version":9,"routes":[]}', ids)).toEqual([]);
  });
});
