import { describe, expect, it } from 'vitest';
import { articleSchema, sectionSchema } from '../../../src/lib/atlas/schemas';

const valid = { number: '5.03.01.04', title: 'Six Types', summary: 'Who is who.', section: 'customer-concepts', order: 4, owner: 'Sales Enablement', reviewed: '2026-03-14' };
const firstMessage = (input: unknown) => {
  const result = articleSchema.safeParse(input);
  return result.success ? 'valid' : `${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`;
};

describe('article frontmatter schema', () => {
  it('fills in defaults', () => {
    expect(articleSchema.parse(valid)).toEqual({ ...valid, related: [], sources: [], changes: [] });
  });

  it('keeps a YAML date as its YYYY-MM-DD text', () => {
    expect(articleSchema.parse({ ...valid, reviewed: new Date('2026-03-14T00:00:00Z') }).reviewed).toBe('2026-03-14');
  });

  it.each([
    [{ ...valid, summary: undefined }, 'summary: summary is missing: add a one-line summary (one sentence) of the article'],
    [{ ...valid, summary: '   ' }, 'summary: summary is empty: add a one-line summary (one sentence) of the article'],
    [{ ...valid, summary: 'x'.repeat(201) }, 'summary: summary is longer than 200 characters: keep it to one line'],
    [{ ...valid, number: 5.03 }, 'number: number is missing or not quoted text: write it in quotes, like "5.03.01.04"'],
    [{ ...valid, number: '5.3.1.4' }, 'number: number must look like "5.03.01.04" (volume, then two digits per level)'],
    [{ ...valid, order: 0 }, 'order: order must be 1 or more'],
    [{ ...valid, order: 1.5 }, 'order: order must be a whole number (1, 2, 3 …)'],
    [{ ...valid, title: undefined }, 'title: title is missing: give the article a title'],
    [{ ...valid, related: 'a, b' }, 'related: related must be a list of article ids, like [customer-categories]'],
    [{ ...valid, worksheet: 'quiz' }, 'worksheet: worksheet must be "customer-type-quiz", "ideal-customer-checklist" or "customer-value" (or leave the field out)'],
    [{ ...valid, sources: [{ title: 'T' }] }, 'sources.0.publisher: sources.publisher is missing: name who published the source'],
    [{ ...valid, updated: 'someday' }, 'updated: updated must be a date like 2026-11-23'],
    [{ ...valid, owner: undefined }, 'owner: owner is missing: name the team that keeps the article current, like "Sales Enablement"'],
    [{ ...valid, reviewed: undefined }, 'reviewed: reviewed must be a real date written YYYY-MM-DD, like 2026-11-23'],
    [{ ...valid, reviewed: '2026-02-30' }, 'reviewed: reviewed must be a real date written YYYY-MM-DD, like 2026-11-23'],
    [{ ...valid, reviewed: 'March 2026' }, 'reviewed: reviewed must be a real date written YYYY-MM-DD, like 2026-11-23'],
    [{ ...valid, changes: [{ date: '2026-13-01', note: 'New example.' }] }, 'changes.0.date: changes.date must be a real date written YYYY-MM-DD, like 2026-11-23'],
    [{ ...valid, changes: [{ date: '2026-11-01' }] }, 'changes.0.note: changes.note is missing: say in one line what changed'],
    [{ ...valid, changes: 'new example' }, 'changes: changes must be a list of { date, note }'],
  ])('rejects %j with a message that says what to do', (input, message) => expect(firstMessage(input)).toBe(message));

  it('requires a section introduction', () => {
    const result = sectionSchema.safeParse({ number: '5.03.01', chapter: 'customers', title: 'A', summary: 'A.', order: 1 });
    expect(result.success ? '' : result.error.issues[0]!.message).toBe('introduction is missing: add a short introduction (80 to 200 words) to the section');
  });
});
