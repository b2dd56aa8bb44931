import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../../../src/lib/worksheets/state';
import { checklistCsv, checklistJson, checklistMarkdown, csvColumns, exportFile } from '../../../../src/lib/worksheets/ideal-customer-checklist/export';
import { markdownText } from '../../../../src/lib/worksheets/markdown-text';
import { addCustomer, rateCustomer, updatePortrait, updateSource } from '../../../../src/lib/worksheets/ideal-customer-checklist/records';
import { checklistWorksheet, type ChecklistData } from '../../../../src/lib/worksheets/ideal-customer-checklist/schemas';
import { criterionIds, type RatingLevel } from '../../../../src/lib/worksheets/ideal-customer-checklist/criteria';

function withRatings(data: ChecklistData, id: string, name: string, level: RatingLevel | null, at: number): ChecklistData {
  let out = addCustomer(data, id, name, at);
  if (level !== null) for (const c of criterionIds) out = rateCustomer(out, id, c, level, at);
  return out;
}

let data = checklistWorksheet.empty();
data = withRatings(data, 'low', 'Drain Co', 0, 1);
data = withRatings(data, 'top', '=HYPERLINK("x")', 4, 2);
data = withRatings(data, 'mid', 'Mid, "Inc"', 2, 3);
data = rateCustomer(addCustomer(data, 'part', 'Part *way*', 4), 'part', 'first-call', 3, 4);
data = updatePortrait(data, { customerId: 'top', industry: 'Architecture', needs: 'Plans a year ahead' }, 5);
data = updateSource(data, '2', 'Trade fair | spring', 6);
const now = new Date('2026-11-23T10:00:00Z');

describe('exports', () => {
  it('JSON reads back through the import', () => {
    const read = readEnvelope(checklistWorksheet, checklistJson(data, now));
    expect(read.ok && read.data).toEqual(data);
  });

  it('CSV has the columns and one ranked row per customer, with formulas defused', () => {
    const lines = checklistCsv(data).split('\r\n');
    expect(lines[0]).toBe(
      'Rank,Customer,Score,Verdict,Thinks of you first (0-4),Pays a fair price (0-4),Pushes you to improve (0-4),Uses what you do well (0-4),Opens new doors (0-4),Worth the cost to serve (0-4),Not yet rated',
    );
    expect(csvColumns).toHaveLength(11);
    expect(lines.slice(1)).toEqual([
      `1,"'=HYPERLINK(""x"")",100,"Keep, and find more like them",4,4,4,4,4,4,`,
      '2,"Mid, ""Inc""",50,Develop,2,2,2,2,2,2,',
      '3,Drain Co,0,Consider letting go,0,0,0,0,0,0,',
      ',Part *way*,,Incomplete,3,,,,,,Pays a fair price; Pushes you to improve; Uses what you do well; Opens new doors; Worth the cost to serve',
      '',
    ]);
  });

  it('Markdown summary lists the ranking, the portrait and seven sources, escaping what reps typed', () => {
    const md = checklistMarkdown(data, now);
    expect(md).toContain('Summary of 2026-11-23. Scores run from 0 to 100: 75 or more is "Keep, and find more like them", 45 or more is "Develop", lower is "Consider letting go".');
    expect(md).toContain('1. **=HYPERLINK("x")**: 100 of 100, Keep, and find more like them\n2. **Mid, "Inc"**: 50 of 100, Develop\n3. **Drain Co**: 0 of 100, Consider letting go\n- **Part \\*way\\***: incomplete (1 of 6 criteria rated)');
    expect(md).toContain('Customer: =HYPERLINK("x")\n\n- Industry: Architecture\n- Size: (blank)');
    expect(md).toContain('- What they need most: Plans a year ahead');
    expect(md).toContain('1. (empty)\n2. Trade fair \\| spring\n3. (empty)');
    expect(md.match(/^\d\. .*$/gm)?.filter((l) => /empty|Trade/.test(l))).toHaveLength(7);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['a\n# b', 'a \\# b'],
    ['plain', 'plain'],
  ])('markdownText(%j)', (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });

  it.each([
    ['json', 'ideal-customer-checklist-2026-11-23.json'],
    ['csv', 'ideal-customer-checklist-2026-11-23.csv'],
    ['md', 'ideal-customer-checklist-2026-11-23.md'],
  ] as const)('names the %s file', (ext, name) => {
    expect(exportFile(now, ext)).toBe(name);
  });
});
