/** Record ids: prefix, time and the platform's UUID, never one already taken. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/lib/worksheets/record-id';

describe('newId', () => {
  it.each([
    ['c', 0, 'u1', 'c-0-u1'],
    ['v', 36, 'u2', 'v-10-u2'],
    ['c', 1_764_000_000_000, 'x', 'c-midc1z40-x'],
  ])('newId(%j, %i) with UUID %j is %j', (prefix, now, uuid, id) => {
    expect(newId(prefix, now, {}, () => uuid)).toBe(id);
  });

  it('draws again when the id is taken', () => {
    const uuids = ['a', 'a', 'b'];
    expect(newId('v', 1, { 'v-1-a': {} }, () => uuids.shift()!)).toBe('v-1-b');
  });

  it('makes ids of letters, digits and dashes, at most 50 characters, with the platform UUID', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 52 }), fc.constantFrom('c', 'v'), (now, prefix) => {
        expect(newId(prefix, now)).toMatch(/^[cv]-[0-9a-z]+-[0-9a-f-]{36}$/);
        expect(newId(prefix, now).length).toBeLessThanOrEqual(50);
      }),
    );
  });
});
