/** The one formatter that turns zod failures into lines a person can act on, naming the field. */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { $ZodError } from 'zod/v4/core';

// zod/mini ships without messages; English ones make worksheet import errors readable.
z.config(en());

/** A field path as people read it: `contacts → c1 → name`; the top level is "the file". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the file' : path.map(String).join(' → ');
}

/** One line per issue: `field: what is wrong`. */
export function describeIssues(error: $ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => `${fieldPath([...prefix, ...issue.path])}: ${issue.message}`);
}
