import { describe, expect, it } from 'vitest';
import { frontmatterProblem } from '../../../src/lib/articles/frontmatter-check';

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
