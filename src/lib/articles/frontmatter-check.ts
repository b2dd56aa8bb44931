/** A first look at article files before Astro parses them, so broken YAML gets a message that says how to fix it. */
import { parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './content-problems';
import { frontmatterDateProblems } from './frontmatter-dates';

type Block = { doc: Document } | { problem: Omit<ContentProblem, 'file'> };

function frontmatterBlock(text: string): Block {
  if (!text.startsWith('---')) {
    return { problem: { field: 'frontmatter', message: 'the file must start with a --- line, the frontmatter fields, and another --- line' } };
  }
  const end = text.indexOf('\n---', 3);
  if (end < 0) return { problem: { field: 'frontmatter', message: 'the frontmatter has no closing --- line: add one after the last field' } };
  return { doc: parseDocument(text.slice(text.indexOf('\n') + 1, end + 1)) };
}

/** The problem with an MDX file's frontmatter block (unreadable YAML, or a date that is not YYYY-MM-DD), or null when it is readable. */
export function frontmatterProblem(file: string, text: string): ContentProblem | null {
  const block = frontmatterBlock(text);
  if ('problem' in block) return { file, ...block.problem };
  const error = block.doc.errors[0];
  if (!error) return frontmatterDateProblems(file, block.doc.toJS())[0] ?? null;
  const line = (error.linePos?.[0]?.line ?? 0) + 1;
  const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable';
  return {
    file,
    field: `frontmatter line ${line}`,
    message: `is not valid YAML (${reason}): close every quote, and put values that contain ": " or "#" inside double quotes`,
  };
}

/** The frontmatter fields of an MDX file as plain data (dates still text), or null when the block cannot be read. */
export function frontmatterFields(text: string): Record<string, unknown> | null {
  const block = frontmatterBlock(text);
  if ('problem' in block || block.doc.errors.length > 0) return null;
  const data: unknown = block.doc.toJS();
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}
