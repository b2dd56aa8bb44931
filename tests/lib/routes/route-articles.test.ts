/** The article list the route page carries: reading order, numbers, paths and section hues, and every stop of a route found in it. */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/atlas/atlas';
import { byNumber, routeArticles } from '../../../src/lib/routes/route-articles';
import { decodeRoute, encodeRoute } from '../../../src/lib/routes/route-link';
import { hueFromId } from '../../../src/lib/atlas/section-hue';
import { atlasInput } from '../atlas/fixtures';

const articles = routeArticles(buildAtlas(atlasInput()));

describe('routeArticles', () => {
  it('lists every article in reading order with what a stop shows', () => {
    expect(articles.map((a) => a.number)).toEqual(['5.03.01.01', '5.03.01.02', '5.03.02.01']);
    expect(articles[2]).toEqual({
      number: '5.03.02.01',
      id: 'b1',
      title: 'b1',
      summary: 'About b1.',
      path: 'articles/b1/',
      section: { number: '5.03.02', title: 'B', hue: hueFromId('b') },
    });
  });

  it('finds the stops of a route by number, and a route naming another article is refused', () => {
    const known = new Set(byNumber(articles).keys());
    const route = { name: 'R', note: '', stops: ['5.03.02.01', '5.03.01.01'] };
    expect(decodeRoute(encodeRoute(route), known)).toEqual({ ok: true, route });
    expect(decodeRoute(encodeRoute({ ...route, stops: ['5.03.02.02'] }), known)).toMatchObject({ ok: false, problem: 'unknown-article' });
  });
});
