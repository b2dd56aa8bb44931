import { describe, expect, it } from 'vitest';
import { countWords, keyPoints, sectionHeadings, termIds } from '../../../src/lib/articles/text';

describe('article text', () => {
  it.each([
    ['One two three.', 3],
    ['## Heading here\n\n- item one\n- item two', 6],
    ['A <Term id="clv">lifetime value</Term> rule.', 4],
    ['---\ntitle: "x y z"\n---\nJust two', 2],
    ['80/20 rule — and 5.03.01.04!', 4],
    ['', 0],
  ])('countWords(%j) = %i', (body, n) => expect(countWords(body)).toBe(n));

  it.each([
    ['## Intro\n\nText.\n\n## Key points\n\n- One.\n- Two.\n- Three.\n', ['One.', 'Two.', 'Three.']],
    ['## Key points\n\n* A\n* B\n\n## After\n\n- not a point', ['A', 'B']],
    ['## Key point\n\n- A', null],
    ['No headings.', null],
  ])('keyPoints(%j)', (body, expected) => expect(keyPoints(body)).toEqual(expected));

  it('lists glossary term ids and headings in order', () => {
    const body = 'A <Term id="clv">x</Term> and <Term id="kdm">y</Term> and <Term id="clv">z</Term>.\n\n## One\n\n## Two';
    expect(termIds(body)).toEqual(['clv', 'kdm', 'clv']);
    expect(sectionHeadings(body)).toEqual(['One', 'Two']);
  });
});
