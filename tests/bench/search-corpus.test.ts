/**
 * The benchmark's planted phrases test search ranking, so some must be made only of words that
 * most articles use: a page holding such a phrase can be found first only by the phrase itself.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.mjs';

const plain = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

describe.each([30, 200])('planted phrases at N=%i', (n) => {
  const corpus = generateCorpus({ articles: n });
  const bodies = Object.entries(corpus.files)
    .filter(([path]) => path.startsWith('articles/'))
    .map(([, text]) => plain(text.replace(/^---[\s\S]*?---/, '')));
  const share = (word: string) => bodies.filter((b) => b.includes(` ${word} `)).length / bodies.length;

  it('include three phrases whose every word is in at least half of the articles', () => {
    const common = corpus.planted.filter((p) => p.phrase.split(' ').every((w) => share(w) >= 0.5));
    expect(common.length).toBeGreaterThanOrEqual(3);
  });

  it('hold each planted phrase, in order, in its target only', () => {
    for (const p of corpus.planted) {
      const holders = bodies.filter((b) => b.includes(` ${p.phrase} `));
      expect(holders, p.phrase).toHaveLength(1);
    }
  });
});
