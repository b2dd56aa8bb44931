// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, escapeXml } from '../../../src/lib/articles/atom-feed';
import { lastChanged, latestChange, reviewLine, updatedSinceRead } from '../../../src/lib/articles/freshness';
import { byMonth, whatsNew, type NewsArticle } from '../../../src/lib/articles/whats-new';

const article = (id: string, number: string, reviewed: string, changes: { date: string; note: string }[] = []): NewsArticle => ({
  id,
  data: { number, title: `Title ${id}`, summary: `About ${id}.`, owner: 'Sales Operations', reviewed, changes },
});

const xmlParser = new DOMParser();
const parseXml = (text: string) => {
  const doc = xmlParser.parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not XML: ${error.textContent}`);
  return doc;
};

describe('article freshness', () => {
  it('writes the review line', () => {
    expect(reviewLine({ owner: 'Customer Success', reviewed: '2026-11-09', changes: [] })).toBe('Reviewed November 2026 by Customer Success');
  });

  it.each([
    ['2026-03-01', [], '2026-03-01', null],
    ['2026-03-01', [{ date: '2026-02-01', note: 'a' }, { date: '2026-05-01', note: 'b' }], '2026-05-01', 'b'],
    ['2026-06-01', [{ date: '2026-05-01', note: 'b' }], '2026-06-01', 'b'],
  ])('reviewed %s with changes %j last changed on %s', (reviewed, changes, day, note) => {
    const f = { owner: 'x', reviewed, changes };
    expect(lastChanged(f)).toBe(day);
    expect(latestChange(f)?.note ?? null).toBe(note);
  });

  it.each([
    ['2026-11-18', Date.parse('2026-11-17T23:00:00Z'), true],
    ['2026-11-18', Date.parse('2026-11-18T10:00:00Z'), false],
    ['2026-11-18', Date.parse('2026-12-01T10:00:00Z'), false],
  ])('a change on %s after a reading at %d: %s', (day, readAt, updated) => expect(updatedSinceRead(day, readAt)).toBe(updated));
});

describe('whatsNew', () => {
  it('lists changes with their notes and plain reviews, newest first, equal days by number', () => {
    const entries = whatsNew([
      article('b', '5.03.01.10', '2026-11-18', [{ date: '2026-11-18', note: 'Added an example.' }]),
      article('a', '5.03.01.02', '2026-11-18'),
      article('c', '5.03.02.01', '2026-04-02', [{ date: '2026-01-05', note: 'First draft.' }]),
    ]);
    expect(entries.map((e) => [e.id, e.date, e.kind, e.note])).toEqual([
      ['a', '2026-11-18', 'reviewed', 'Reviewed by Sales Operations: About a.'],
      ['b', '2026-11-18', 'changed', 'Added an example.'],
      ['c', '2026-04-02', 'reviewed', 'Reviewed by Sales Operations: About c.'],
      ['c', '2026-01-05', 'changed', 'First draft.'],
    ]);
    expect(byMonth(entries).map((g) => [g.month, g.entries.length])).toEqual([['2026-11', 2], ['2026-04', 1], ['2026-01', 1]]);
  });

  it('is sorted newest first whatever the input order', () => {
    const day = fc.date({ min: new Date('2025-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.array(day, { maxLength: 3 })), { maxLength: 12 }), (rows) => {
        const entries = whatsNew(rows.map(([reviewed, changes], i) => article(`a${i}`, `5.03.01.${String(i + 1).padStart(2, '0')}`, reviewed, changes.map((date) => ({ date, note: 'n' })))));
        for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.date >= entries[i]!.date).toBe(true);
        expect(entries.filter((e) => e.kind === 'changed')).toHaveLength(rows.reduce((n, [, c]) => n + c.length, 0));
      }),
    );
  });
});

describe('atomFeed', () => {
  const feed = (title: string, summary: string) =>
    atomFeed({
      id: 'urn:customer-atlas:whats-new',
      title: 'Customer Atlas: what’s new',
      self: '/feed.xml',
      alternate: '/whats-new/',
      author: 'Customer Atlas',
      entries: [{ id: 'urn:customer-atlas:a:2026-11-18:changed', title, link: '/articles/a/?x=1&y=2', updated: '2026-11-18', summary, author: 'Sales & Ops' }],
    });

  it('parses as XML and carries the entry', () => {
    const doc = parseXml(feed('5.03.01.02 Unqualify <Fast>', 'Added "an" example & a tip.'));
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entry = doc.getElementsByTagName('entry')[0]!;
    expect(entry.getElementsByTagName('title')[0]!.textContent).toBe('5.03.01.02 Unqualify <Fast>');
    expect(entry.getElementsByTagName('summary')[0]!.textContent).toBe('Added "an" example & a tip.');
    expect(entry.getElementsByTagName('link')[0]!.getAttribute('href')).toBe('/articles/a/?x=1&y=2');
    expect(entry.getElementsByTagName('updated')[0]!.textContent).toBe('2026-11-18T00:00:00Z');
    expect(doc.getElementsByTagName('updated')[0]!.textContent).toBe('2026-11-18T00:00:00Z');
  });

  it('stays XML whatever the text holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'binary' }), (title, summary) => {
        const doc = parseXml(feed(title, summary));
        expect(doc.getElementsByTagName('entry')[0]!.getElementsByTagName('title')[0]!.textContent).toBe(escapeXmlRoundTrip(title));
      }),
      { numRuns: 60 },
    );
  }, 60_000); // jsdom's XML parser is slow: a few hundred feeds take seconds

  it.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007', 'bell'],
  ])('escapes %j', (text, xml) => expect(escapeXml(text)).toBe(xml));

  it.each([
    ['2026-11-18', '2026-11-18T00:00:00Z'],
    ['2026-11-18T10:20:30.000Z', '2026-11-18T10:20:30.000Z'],
  ])('atomDate(%s)', (day, text) => expect(atomDate(day)).toBe(text));
});

/** What a title reads as once escaped and parsed back: the same text without the characters XML cannot hold (and CRs normalised, as XML does). */
function escapeXmlRoundTrip(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/\r\n?/g, '\n');
}
