import { describe, expect, it } from 'vitest';
import { starlightPage } from '../../bench/measure-starlight.mjs';

describe('starlightPage', () => {
  it('keeps the title, turns the summary into the description and leaves the body as it is', () => {
    const article = '---\nnumber: "3.04.07.05"\ntitle: "A Field Guide"\nsummary: "How to raise it early."\nsection: s-1\n---\n\nBody text.\n\n## Heading\n';
    expect(starlightPage(article)).toBe('---\ntitle: "A Field Guide"\ndescription: "How to raise it early."\n---\n\nBody text.\n\n## Heading\n');
  });

  it('refuses a file without frontmatter', () => {
    expect(() => starlightPage('Just text')).toThrow('article without frontmatter');
  });
});
