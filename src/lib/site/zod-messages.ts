/**
 * The one formatter that turns zod failures into lines a person can act on, naming the field.
 * Nothing here changes zod's global settings: each check whose messages a person reads passes our
 * wording itself, `schema.safeParse(value, { error: issueMessage })`, then `describeIssues`.
 * A schema's own message (`{ error: '…' }` on a field) still wins over this wording.
 */
import type { $ZodError, $ZodRawIssue } from 'zod/v4/core';

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  record: 'a set of entries',
  array: 'a list',
};

/** What a value is, in words, for "got …" in a message. */
function kindOf(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'number' && !Number.isInteger(input)) return 'a decimal number';
  return KIND[typeof input] ?? typeof input;
}

/** Our wording for each kind of zod issue (pass it as `{ error: issueMessage }`): says what the field should hold. Smaller than zod's locale, and plainer. */
export function issueMessage(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = KIND[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `is missing: it should be ${wanted}` : `should be ${wanted}, not ${kindOf(issue.input)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must have at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at least ${min} items`;
      return `must be ${min} or more`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must have at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${max} items`;
      return `must be ${max} or less`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an entry' : 'entries'} this page does not know: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_key':
      return 'is not a valid id (it should be the id this page gave the entry)';
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    case 'invalid_format':
      return `is not in the expected format (${issue.format})`;
    default:
      return 'is not valid';
  }
}

/** A field path as people read it: `contacts → c1 → name`; the top level is "the file". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the file' : path.map(String).join(' → ');
}

/** One line per issue: `field: what is wrong`. */
export function describeIssues(error: $ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => `${fieldPath([...prefix, ...issue.path])}: ${issue.message}`);
}
