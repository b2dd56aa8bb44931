import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeIssues, fieldPath, issueMessage } from '../../../src/lib/site/zod-messages';

const messages = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input, { error: issueMessage });
  return result.success ? [] : describeIssues(result.error, ['data']);
};

describe('zod messages in our words', () => {
  it.each([
    ['missing text', z.object({ name: z.string() }), {}, 'data → name: is missing: it should be text'],
    ['wrong type', z.object({ score: z.number() }), { score: 'high' }, 'data → score: should be a number, not text'],
    ['decimal for a whole number', z.object({ step: z.int() }), { step: 2.5 }, 'data → step: should be a whole number, not a decimal number'],
    ['list for a record', z.record(z.string(), z.number()), [], 'data: should be a set of entries, not a list'],
    ['null', z.object({ name: z.string() }), { name: null }, 'data → name: should be text, not nothing (null)'],
    ['empty text', z.object({ name: z.string().check(z.minLength(1)) }), { name: '' }, 'data → name: must not be empty'],
    ['short text', z.string().check(z.minLength(3)), 'ab', 'data: must have at least 3 characters'],
    ['long text', z.string().check(z.maxLength(2)), 'abc', 'data: must have at most 2 characters'],
    ['small number', z.number().check(z.gte(0)), -1, 'data: must be 0 or more'],
    ['big number', z.number().check(z.lte(4)), 5, 'data: must be 4 or less'],
    ['short list', z.array(z.string()).check(z.minLength(2)), ['a'], 'data: must have at least 2 items'],
    ['unknown option', z.enum(['yes', 'no']), 'maybe', 'data: must be one of "yes", "no"'],
    ['unknown keys', z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }, 'data: has entries this page does not know: "b", "c"'],
    ['bad record key', z.record(z.string().check(z.regex(/^[a-z]+$/)), z.number()), { 'Bad!': 1 }, 'data → Bad!: is not a valid id (it should be the id this page gave the entry)'],
  ])('%s', (_name, schema, input, message) => expect(messages(schema as z.ZodMiniType, input)).toEqual([message]));

  it("leaves zod's own settings alone: without the formatter passed in, zod words the issue itself", () => {
    const result = z.object({ name: z.string() }).safeParse({});
    expect(result.success ? [] : describeIssues(result.error)).not.toEqual(['name: is missing: it should be text']);
  });

  it('names the top level "the file"', () => {
    expect(fieldPath([])).toBe('the file');
    expect(fieldPath(['contacts', 'c1', 'name'])).toBe('contacts → c1 → name');
  });
});
