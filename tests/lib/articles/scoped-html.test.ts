import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idsIn, scopeHtml, scopedId } from '../../../src/lib/articles/scoped-html';

describe('scopeHtml', () => {
  it.each([
    ['a heading id', '<h2 id="key-points">Key points</h2>', '<h2 id="a--key-points">Key points</h2>'],
    ['an in-article link', '<h2 id="x">X</h2><a href="#x">see</a>', '<h2 id="a--x">X</h2><a href="#a--x">see</a>'],
    ['a link to an id the fragment does not define', '<a href="#main">top</a>', '<a href="#main">top</a>'],
    ['a link to another page', '<h2 id="x">X</h2><a href="/glossary/x/#x">x</a>', '<h2 id="a--x">X</h2><a href="/glossary/x/#x">x</a>'],
    [
      'a tooltip reference list',
      '<a aria-describedby="tip other">t</a><span id="tip" role="tooltip">d</span>',
      '<a aria-describedby="a--tip other">t</a><span id="a--tip" role="tooltip">d</span>',
    ],
    ['a label', '<label for="f">F</label><input id="f" required>', '<label for="a--f">F</label><input id="a--f" required>'],
    ['a bare hash', '<a href="#">top</a>', '<a href="#">top</a>'],
    ['text that looks like an attribute', '<p>id="x" and href="#x"</p><h3 id="x">X</h3>', '<p>id="x" and href="#x"</p><h3 id="a--x">X</h3>'],
  ])('rewrites %s', (_name, html, expected) => {
    expect(scopeHtml(html, { prefix: 'a' })).toBe(expected);
  });

  it.each([
    [1, '<h2 id="k" class="x">K</h2><h3>L</h3>', '<h3 id="a--k" class="x">K</h3><h4>L</h4>'],
    [2, '<h2>K</h2><h5>L</h5>', '<h4>K</h4><h6>L</h6>'],
    [0, '<h2>K</h2>', '<h2>K</h2>'],
  ])('demotes headings by %i', (levels, html, expected) => {
    expect(scopeHtml(html, { prefix: 'a', demote: levels })).toBe(expected);
  });

  it('leaves markup without ids or headings untouched', () => {
    const html = '<p class="lead">Hello <a href="/x/">x</a><br/><img src="a.png" alt=""></p>';
    expect(scopeHtml(html, { prefix: 'a', demote: 1 })).toBe(html);
  });

  it('makes the ids of two fragments with the same headings unique on one page', () => {
    const article = '<h2 id="key-points">Key points</h2><h2 id="why">Why</h2><a href="#why">why</a>';
    const page = ['one', 'two'].map((prefix) => scopeHtml(article, { prefix })).join('');
    const ids = idsIn(page);
    expect(ids).toEqual(['one--key-points', 'one--why', 'two--key-points', 'two--why']);
    expect(page).toContain('href="#one--why"');
    expect(page).toContain('href="#two--why"');
  });

  const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
  it('gives every id the prefix and keeps every internal link pointing at an id of the fragment (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }), slug, fc.integer({ min: 0, max: 3 }), (ids, prefix, demote) => {
        const html = ids.map((id, i) => `<h${2 + (i % 3)} id="${id}">${id}</h${2 + (i % 3)}><p><a href="#${id}">back</a></p>`).join('');
        const out = scopeHtml(html, { prefix, demote });
        const outIds = idsIn(out);
        expect(outIds).toEqual(ids.map((id) => scopedId(prefix, id)));
        const targets = [...out.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
        expect(targets.every((t) => outIds.includes(t!))).toBe(true);
        const levels = [...out.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
        expect(levels.every((l, i) => l === Math.min(6, 2 + (i % 3) + demote))).toBe(true);
        expect(out.replace(/<[^>]*>/g, '')).toBe(html.replace(/<[^>]*>/g, ''));
      }),
    );
  });
});
