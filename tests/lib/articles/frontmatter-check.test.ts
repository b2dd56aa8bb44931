import { describe, expect, it } from 'vitest';
import { frontmatterProblem, readFrontmatter } from '../../../src/lib/articles/frontmatter-check';

describe('frontmatterProblem', () => {
  it('accepts readable frontmatter', () => {
    expect(frontmatterProblem('a.mdx', '---\ntitle: "A: B"\norder: 1\n---\nBody')).toBeNull();
  });

  it.each([
    ['Body only', 'frontmatter: the file must start with a --- line, the frontmatter fields, and another --- line'],
    ['---\ntitle: x\nBody', 'frontmatter: the frontmatter has no closing --- line: add one after the last field'],
    ['---\ntitle: "open\nsummary: x\n---\nBody', 'frontmatter line 4: is not valid YAML'], // an unclosed quote runs to the closing ---,
    ['---\ntitle: ok\nsummary: a: b\n---\n', 'frontmatter line 3: is not valid YAML'],
  ])('reports %j', (text, start) => {
    const problem = frontmatterProblem('src/content/articles/a.mdx', text);
    expect(`${problem?.field}: ${problem?.message}`).toContain(start);
    expect(problem?.file).toBe('src/content/articles/a.mdx');
  });
});

describe('readFrontmatter', () => {
  it.each([
    ['---\ntitle: "A: B"\nreviewed: 2026-03-01\n---\nBody', { title: 'A: B', reviewed: '2026-03-01' }],
    ['---\n---\nBody', {}],
    ['---\norder: 2\nchanges:\n  - date: 2025-12-31\n    note: x\n---\n', { order: 2, changes: [{ date: '2025-12-31', note: 'x' }] }],
  ])('reads the fields of %j, dates as text', (text, fields) => {
    expect(readFrontmatter('a.mdx', text)).toEqual({ fields });
  });

  it.each([
    ['Body only', 'frontmatter'],
    ['---\ntitle: ok\nsummary: a: b\n---\n', 'frontmatter line 3'],
    ['---\ntitle: A\nreviewed: 2026-02-30\n---\n', 'reviewed'],
  ])('gives the problem, not fields, for %j', (text, field) => {
    const read = readFrontmatter('a.mdx', text);
    expect('problem' in read && read.problem.field).toBe(field);
    expect('fields' in read).toBe(false);
  });
});
