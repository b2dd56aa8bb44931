import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hueFromId, hueStyle, sectionHue } from '../../../src/lib/atlas/section-hue';
import { sectionSchema } from '../../../src/lib/atlas/schemas';

const base = { number: '5.03.01', chapter: 'customers', title: 'T', summary: 'S', order: 1, introduction: 'I' };

describe('sectionHue', () => {
  it.each([
    { id: 'a', hue: 0, expected: 0 },
    { id: 'a', hue: 359, expected: 359 },
    { id: 'customer-concepts', hue: 200, expected: 200 },
  ])('uses the hue the content names ($id, $hue)', ({ id, hue, expected }) => {
    expect(sectionHue({ id, data: { hue } })).toBe(expected);
  });

  it('falls back to a stable hue from the id', () => {
    expect(sectionHue({ id: 'foreign-customers', data: {} })).toBe(hueFromId('foreign-customers'));
  });

  it('gives every id a hue within the wheel, the same each time', () => {
    fc.assert(fc.property(fc.string(), (id) => {
      const hue = hueFromId(id);
      return hue >= 0 && hue < 360 && hue === hueFromId(id);
    }));
  });

  it('writes the style an element needs', () => {
    expect(hueStyle(145)).toBe('--hue: 145');
  });
});

describe('section hue in the schema', () => {
  it.each([
    { hue: -1, message: 'hue must be 0 or more (a colour wheel angle, 0 to 359)' },
    { hue: 360, message: 'hue must be 359 or less (a colour wheel angle, 0 to 359)' },
    { hue: 12.5, message: 'hue must be a whole number from 0 to 359' },
    { hue: 'teal', message: "hue must be a number from 0 to 359 (the colour wheel angle of the section's line), or leave it out" },
  ])('rejects $hue with a message that says what to write', ({ hue, message }) => {
    const result = sectionSchema.safeParse({ ...base, hue });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('accepts a section without a hue', () => {
    expect(sectionSchema.safeParse(base).success).toBe(true);
  });
});
