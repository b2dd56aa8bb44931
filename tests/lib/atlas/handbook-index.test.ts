import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/atlas/atlas';
import { readNumber } from '../../../src/lib/atlas/number';
import { handbookIndex, numberExample, toComeLabel } from '../../../src/lib/atlas/handbook-index';
import { article, atlasInput } from './fixtures';

describe('handbookIndex', () => {
  it('shows the one written chapter with its counts, and volumes 1-4 and chapters 5.01-5.02 as to come', () => {
    const index = handbookIndex(buildAtlas(atlasInput()));
    expect(index.volumes.map((v) => (v.kind === 'to-come' ? toComeLabel(v, 'Volume', 'Volumes') : `Volume ${v.number}`))).toEqual(['Volumes 1–4', 'Volume 5']);
    const volume = index.volumes[1]!;
    if (volume.kind !== 'volume') throw new Error('expected a volume');
    expect(volume.articles).toBe(3);
    expect(volume.chapters.map((c) => (c.kind === 'to-come' ? toComeLabel(c, 'Chapter', 'Chapters') : `${c.number} ${c.title} ${c.sections}/${c.articles}`))).toEqual([
      'Chapters 5.01–5.02',
      '5.03 Customers 2/3',
    ]);
    expect(index.written).toEqual({ volumes: 1, chapters: 1, sections: 2, articles: 3 });
    expect(index.toCome).toEqual({ volumes: 4, chapters: 2 });
  });

  it('marks a declared chapter without articles as to come, and counts it once', () => {
    const input = atlasInput();
    input.chapters.push({ id: 'later', file: 'atlas/chapters.yaml', data: { number: '5.05', volume: 'sales', title: 'Later', summary: 'L.', order: 5 } });
    const index = handbookIndex(buildAtlas(input));
    const volume = index.volumes.find((v) => v.kind === 'volume')!;
    if (volume.kind !== 'volume') throw new Error('expected a volume');
    expect(volume.chapters.map((c) => (c.kind === 'to-come' ? toComeLabel(c, 'Chapter', 'Chapters') : `${c.number}${c.toCome ? ' to come' : ''}`))).toEqual([
      'Chapters 5.01–5.02',
      '5.03',
      'Chapter 5.04',
      '5.05 to come',
    ]);
    expect(index.toCome.chapters).toBe(4);
    expect(index.written.chapters).toBe(1);
  });

  it('picks the fourth article of the first section to show how numbers read, or the last when shorter', () => {
    expect(numberExample(buildAtlas(atlasInput()))?.number).toBe('5.03.01.02');
    const many = ['1', '2', '3', '4', '5'].map((n) => article(`x${n}`, { number: `5.03.01.0${n}`, section: 'a', order: Number(n) }));
    expect(numberExample(buildAtlas(atlasInput(many)))?.number).toBe('5.03.01.04');
  });
});

describe('toComeLabel', () => {
  it.each([
    [{ kind: 'to-come' as const, first: '1', last: '4', count: 4 }, 'Volumes 1–4'],
    [{ kind: 'to-come' as const, first: '3', last: '3', count: 1 }, 'Volume 3'],
  ])('%j reads %s', (run, label) => {
    expect(toComeLabel(run, 'Volume', 'Volumes')).toBe(label);
  });
});

describe('readNumber', () => {
  it.each([
    ['5.03.01.04', 'volume 5, chapter 3, section 1, article 4'],
    ['1.10.02.12', 'volume 1, chapter 10, section 2, article 12'],
    ['5.03', null],
    ['5.3.1.4x', null],
    ['', null],
  ])('%j reads %j', (number, words) => {
    expect(readNumber(number)).toBe(words);
  });
});
