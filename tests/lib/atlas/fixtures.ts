/** Small atlas inputs for the model's tests: one volume, one chapter, two sections, three articles. */
import type { AtlasInput, Entry } from '../../../src/lib/atlas/atlas';
import type { ArticleData } from '../../../src/lib/atlas/schemas';

/** An article entry with sensible defaults. */
export function article(id: string, data: Partial<ArticleData> & Pick<ArticleData, 'number' | 'section' | 'order'>): Entry<ArticleData> {
  return { id, file: `src/content/articles/${id}.mdx`, data: { title: id, summary: `About ${id}.`, related: [], sources: [], owner: 'Sales Enablement', reviewed: '2026-11-02', changes: [], ...data } };
}

/** A valid atlas input; pass overrides to break one thing at a time. */
export function atlasInput(articles?: Entry<ArticleData>[]): AtlasInput {
  return {
    volumes: [{ id: 'sales', file: 'atlas/volumes.yaml', data: { number: '5', title: 'Sales', summary: 'Sales.', order: 5 } }],
    chapters: [{ id: 'customers', file: 'atlas/chapters.yaml', data: { number: '5.03', volume: 'sales', title: 'Customers', summary: 'C.', order: 3 } }],
    sections: [
      { id: 'b', file: 'atlas/sections.yaml', data: { number: '5.03.02', chapter: 'customers', title: 'B', summary: 'B.', order: 2, introduction: 'Intro B.' } },
      { id: 'a', file: 'atlas/sections.yaml', data: { number: '5.03.01', chapter: 'customers', title: 'A', summary: 'A.', order: 1, introduction: 'Intro A.' } },
    ],
    articles: articles ?? [
      article('a2', { number: '5.03.01.02', section: 'a', order: 2, related: ['b1'] }),
      article('a1', { number: '5.03.01.01', section: 'a', order: 1 }),
      article('b1', { number: '5.03.02.01', section: 'b', order: 1, related: ['a1', 'a2'] }),
    ],
  };
}
