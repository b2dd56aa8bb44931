import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../src/lib/atlas/reading-order';

type Volumes = Parameters<typeof readingOrder>[0]['volumes'];
const art = (id: string) => ({ id, data: { title: `Title ${id}` } });
const atlasOf = (chapters: string[][][]) =>
  ({ volumes: [{ chapters: chapters.map((sections) => ({ sections: sections.map((ids) => ({ articles: ids.map(art) })) })) }] }) as unknown as { volumes: Volumes };

describe('readingOrder', () => {
  it.each([
    ['no chapters', [], []],
    ['one section', [[['a', 'b']]], ['a', 'b']],
    ['sections then chapters in order', [[['a'], ['b', 'c']], [['d']]], ['a', 'b', 'c', 'd']],
    ['an empty section in between', [[['a'], [], ['b']]], ['a', 'b']],
  ])('%s', (_name, chapters, ids) => {
    expect(readingOrder(atlasOf(chapters)).map((e) => e.id)).toEqual(ids);
  });

  it('gives each article its title and site path', () => {
    expect(readingOrder(atlasOf([[['x']]]))).toEqual([{ id: 'x', title: 'Title x', path: 'articles/x/' }]);
  });

  it('keeps every article exactly once, in the nesting order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(fc.uuid(), { maxLength: 4 }), { maxLength: 4 }), { maxLength: 4 }), (chapters) => {
        expect(readingOrder(atlasOf(chapters)).map((e) => e.id)).toEqual(chapters.flat(2));
      }),
    );
  });
});
