/** The one formatter that turns zod failures into lines a person can act on, naming the field. */
import type { z } from 'astro/zod';

/** A field path as people read it: `contacts → c1 → name`; the top level is "the file". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the file' : path.map(String).join(' → ');
}

/** One line per issue: `field: what is wrong`. */
export function describeIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => `${fieldPath([...prefix, ...issue.path])}: ${issue.message}`);
}
