import { describe, expect, it } from 'vitest';
import { articlePath, glossaryPath, sectionPath, withBase } from '../../../src/lib/atlas/urls';

describe('withBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'articles/x/', '/articles/x/'],
    ['/atlas/', 'articles/x/', '/atlas/articles/x/'],
    ['/atlas', '/glossary/', '/atlas/glossary/'],
    ['/atlas/', '', '/atlas/'],
  ])('withBase(%j, %j) = %j', (base, path, expected) => expect(withBase(base, path)).toBe(expected));

  it('builds page paths without a leading slash', () => {
    expect([articlePath('a'), sectionPath('s'), glossaryPath('clv'), glossaryPath()]).toEqual(['articles/a/', 'sections/s/', 'glossary/clv/', 'glossary/']);
  });
});
