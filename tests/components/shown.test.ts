import { describe, expect, it } from 'vitest';
import { expectShown } from './shown';

describe('expectShown', () => {
  it.each([
    ['<p id="t">Saved</p>', true],
    ['<div hidden><p id="t">Saved</p></div>', false],
    ['<p id="t" hidden>Saved</p>', false],
    ['<section aria-hidden="true"><span><p id="t">Saved</p></span></section>', false],
    ['<section aria-hidden="false"><p id="t">Saved</p></section>', true],
  ])('%s is shown: %s', (html, shown) => {
    document.body.innerHTML = html;
    const element = document.getElementById('t')!;
    if (shown) expectShown(element);
    else expect(() => expectShown(element)).toThrow(/"Saved" is inside a hidden </);
  });
});
