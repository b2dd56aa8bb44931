/** Record ids: prefix, time and the platform's UUID, never one already taken. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId, uuidFromBytes } from '../../../src/lib/worksheets/record-id';

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

describe('uuidFromBytes (plain-http hosts, where crypto.randomUUID is missing)', () => {
  it.each([
    [new Uint8Array(16), '00000000-0000-4000-8000-000000000000'],
    [new Uint8Array(16).fill(255), 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
  ])('lays out %j as a version-4 UUID', (bytes, uuid) => {
    expect(uuidFromBytes(bytes)).toBe(uuid);
  });

  it('always gives the layout crypto.randomUUID gives', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(uuidFromBytes(bytes)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }),
    );
  });
});
