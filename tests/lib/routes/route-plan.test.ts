/** Planning a route (add, take out, move) and travelling it (how many stops are read, which is next). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveStop, removeStop, routeProgress, routeProgressLabel, routeTitle, toggleStop } from '../../../src/lib/routes/route-plan';

const stops = ['a', 'b', 'c'];
describe('planning', () => {
  it.each<[string, string[], string[]]>([
    ['adds a new stop at the end', toggleStop(stops, 'd'), ['a', 'b', 'c', 'd']],
    ['takes out a stop pressed again', toggleStop(stops, 'b'), ['a', 'c']],
    ['adds nothing to a full route', toggleStop(stops, 'd', 3), ['a', 'b', 'c']],
    ['still takes out of a full route', toggleStop(stops, 'a', 3), ['b', 'c']],
    ['moves a stop up', moveStop(stops, 1, -1), ['b', 'a', 'c']],
    ['moves a stop down', moveStop(stops, 1, 1), ['a', 'c', 'b']],
    ['leaves the first stop where it is when moved up', moveStop(stops, 0, -1), stops],
    ['leaves the last stop where it is when moved down', moveStop(stops, 2, 1), stops],
    ['removes a stop', removeStop(stops, 0), ['b', 'c']],
  ])('%s', (_name, got, expected) => expect(got).toEqual(expected));

  it('keeps every stop once, whatever is pressed and moved', () => {
    const action = fc.oneof(
      fc.record({ toggle: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
      fc.record({ move: fc.integer({ min: -1, max: 6 }), by: fc.constantFrom(-1, 1) }),
      fc.record({ remove: fc.integer({ min: -1, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let route: string[] = [];
        for (const a of actions) {
          if ('toggle' in a) route = toggleStop(route, a.toggle, 4);
          else if ('move' in a) {
            const before = [...route].sort();
            route = moveStop(route, a.move, a.by);
            expect([...route].sort()).toEqual(before);
          } else route = removeStop(route, a.remove);
          expect(new Set(route).size).toBe(route.length);
          expect(route.length).toBeLessThanOrEqual(4);
        }
      }),
    );
  });
});

describe('travelling', () => {
  it.each<[string, string[], { read: number; total: number; next: number | null }]>([
    ['nothing read', [], { read: 0, total: 3, next: 0 }],
    ['the first read', ['a'], { read: 1, total: 3, next: 1 }],
    ['a later stop read first', ['b'], { read: 1, total: 3, next: 0 }],
    ['everything read', ['a', 'b', 'c', 'x'], { read: 3, total: 3, next: null }],
  ])('counts %s', (_name, read, expected) => expect(routeProgress(stops, (id) => read.includes(id))).toEqual(expected));

  it.each([
    [routeProgressLabel(0, 5), '0 of 5 read'],
    [routeProgressLabel(2, 5), '2 of 5 read'],
    [routeTitle('  First week ', 5), 'First week'],
    [routeTitle('', 5), 'Route of 5 stops'],
    [routeTitle(' ', 1), 'Route of 1 stop'],
  ])('words it as %j', (got, expected) => expect(got).toBe(expected));
});
