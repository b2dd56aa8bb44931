import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '../../../src/lib/site/island-style';

const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('hoistIslandStyle', () => {
  it.each([
    ['moves the style from the body to the end of the head', page('', `<main>${style}<astro-island></astro-island></main>`), page(style, '<main><astro-island></astro-island></main>')],
    ['keeps one copy when two islands each brought one', page('', `${style}<a></a>${style}`), page(style, '<a></a>')],
    ['drops the body copy when the head has one already', page(style, `<p>${style}</p>`), page(style, '<p></p>')],
    ['leaves a page without islands alone', page('', '<p>text</p>'), page('', '<p>text</p>')],
    ['leaves a page whose style is in the head alone', page(style, '<p>text</p>'), page(style, '<p>text</p>')],
    ['leaves other style elements in place', page('', '<style>p{color:red}</style>'), page('', '<style>p{color:red}</style>')],
    ['leaves a fragment without a head alone', `<div>${style}</div>`, `<div>${style}</div>`],
  ])('%s', (_name, input, expected) => {
    expect(hoistIslandStyle(input)).toBe(expected);
  });

  it('is idempotent and keeps everything else in the body in order', () => {
    const part = fc.constantFrom('<p>a</p>', '<astro-island uid="1"></astro-island>', style, 'text', '<style>b{}</style>');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const input = page('', parts.join(''));
        const once = hoistIslandStyle(input);
        expect(hoistIslandStyle(once)).toBe(once);
        const body = once.slice(once.indexOf('<body>'));
        expect(body).not.toContain(style);
        expect(body).toBe(`<body>${parts.filter((p) => p !== style).join('')}</body></html>`);
        expect(once.split(style).length - 1).toBe(parts.includes(style) ? 1 : 0);
      }),
    );
  });
});
