import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtlasContentError, buildAtlas, validateAtlas } from '../../../src/lib/atlas/atlas';
import { articleCount, chapterArticles, neighbours, placeOf, relatedArticles } from '../../../src/lib/atlas/navigation';
import { article, atlasInput } from './fixtures';

describe('buildAtlas', () => {
  it('orders sections and articles by their order, whatever the file order', () => {
    const atlas = buildAtlas(atlasInput());
    const chapter = atlas.volumes[0]!.chapters[0]!;
    expect(chapter.sections.map((s) => s.id)).toEqual(['a', 'b']);
    expect(chapterArticles(chapter).map((a) => a.id)).toEqual(['a1', 'a2', 'b1']);
    expect(articleCount(atlas.volumes[0]!)).toBe(3);
  });

  it('finds where an article sits', () => {
    const atlas = buildAtlas(atlasInput());
    const place = placeOf(atlas, 'b1');
    expect([place.volume.id, place.chapter.id, place.section.id]).toEqual(['sales', 'customers', 'b']);
    expect(() => placeOf(atlas, 'nope')).toThrow('Unknown article id "nope"');
  });

  it.each([
    ['a1', undefined, 'a2'],
    ['a2', 'a1', 'b1'],
    ['b1', 'a2', undefined],
  ])('gives %s the previous %s and next %s within the chapter, across sections', (id, previous, next) => {
    const { previous: p, next: n } = neighbours(buildAtlas(atlasInput()), id);
    expect(p?.id).toBe(previous);
    expect(n?.id).toBe(next);
  });

  it('resolves related articles in the order the author gave', () => {
    const atlas = buildAtlas(atlasInput());
    expect(relatedArticles(atlas, atlas.articles.get('b1')!).map((a) => a.id)).toEqual(['a1', 'a2']);
  });
});

describe('validateAtlas: each rule and its message', () => {
  it.each([
    [
      'duplicate number',
      [article('a1', { number: '5.03.01.01', section: 'a', order: 1 }), article('twin', { number: '5.03.01.01', section: 'a', order: 1 })],
      'src/content/articles/twin.mdx: number: "5.03.01.01" is already the number of src/content/articles/a1.mdx: give each article its own number and order',
    ],
    [
      'unknown section',
      [article('x', { number: '5.03.09.01', section: 'nowhere', order: 1 })],
      'src/content/articles/x.mdx: section: "nowhere" is not a known section id: use one of "b", "a"',
    ],
    [
      'dangling related id',
      [article('a1', { number: '5.03.01.01', section: 'a', order: 1, related: ['a-two'] })],
      'src/content/articles/a1.mdx: related: "a-two" is not an article id: use the file name of an article without .mdx',
    ],
    [
      'related id that is the article itself',
      [article('a1', { number: '5.03.01.01', section: 'a', order: 1, related: ['a1'] })],
      'src/content/articles/a1.mdx: related: "a1" is this article itself: remove it',
    ],
    [
      'number that disagrees with section and order',
      [article('a1', { number: '5.03.01.03', section: 'a', order: 1 })],
      'src/content/articles/a1.mdx: number: "5.03.01.03" disagrees with its place (parent 5.03.01, order 1): set number to "5.03.01.01" or change order',
    ],
    [
      'number in the wrong section',
      [article('a1', { number: '5.03.02.01', section: 'a', order: 1 })],
      'src/content/articles/a1.mdx: number: "5.03.02.01" disagrees with its place (parent 5.03.01, order 1): set number to "5.03.01.01" or change order',
    ],
  ])('%s', (_name, articles, message) => {
    const input = atlasInput(articles);
    expect(validateAtlas(input).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([message]);
    expect(() => buildAtlas(input)).toThrow(AtlasContentError);
    expect(() => buildAtlas(input)).toThrow(message);
  });

  it('suggests a close id for a typo', () => {
    const input = atlasInput([article('a1', { number: '5.03.01.01', section: 'a', order: 1 }), article('a2', { number: '5.03.01.02', section: 'a', order: 2, related: ['a'] })]);
    expect(validateAtlas(input)[0]!.message).toContain('(did you mean "a1"?)');
  });

  it('checks sections against chapters and chapters against volumes', () => {
    const input = atlasInput();
    input.sections[0]!.data = { ...input.sections[0]!.data, chapter: 'clients' };
    input.chapters[0]!.data = { ...input.chapters[0]!.data, number: '5.04' };
    expect(validateAtlas(input).map((p) => p.message)).toEqual([
      '"5.04" disagrees with its place (parent 5, order 3): set number to "5.03" or change order',
      '"clients" is not a known chapter id: use one of "customers"',
      '"5.03.01" disagrees with its place (parent 5.04, order 1): set number to "5.04.01" or change order',
    ]);
  });

  it('checks glossary links to articles', () => {
    const input = { ...atlasInput(), glossary: [{ id: 'ally', file: 'src/content/glossary.yaml', data: { term: 'Ally', short: 'S.', explanation: 'E.', related: ['a1', 'zz'] } }] };
    expect(validateAtlas(input)).toEqual([
      { file: 'src/content/glossary.yaml', field: 'ally.related', message: '"zz" is not an article id: use the file name of an article without .mdx' },
    ]);
  });

  it('lists every problem at once, one line each', () => {
    const input = atlasInput([
      article('a1', { number: '5.03.01.02', section: 'a', order: 1, related: ['zz'] }),
      article('b9', { number: '5.03.02.01', section: 'q', order: 1 }),
    ]);
    const error = (() => {
      try {
        buildAtlas(input);
      } catch (e) {
        return e as AtlasContentError;
      }
      throw new Error('expected a failure');
    })();
    expect(error.problems).toHaveLength(3);
    expect(error.message.split('\n')).toHaveLength(3);
  });

  it('accepts any set of articles numbered from their section and order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 20 }), fc.boolean(), (orders, inB) => {
        const section = inB ? 'b' : 'a';
        const prefix = inB ? '5.03.02' : '5.03.01';
        const articles = orders.map((o) => article(`x${o}`, { number: `${prefix}.${String(o).padStart(2, '0')}`, section, order: o }));
        const atlas = buildAtlas(atlasInput(articles));
        const listed = atlas.sections.get(section)!.articles.map((a) => a.data.order);
        expect(listed).toEqual([...orders].sort((x, y) => x - y));
      }),
    );
  });
});
