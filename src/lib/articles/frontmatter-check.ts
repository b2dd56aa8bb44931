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

/** An MDX file's frontmatter read once: its fields as plain data (dates still text), or the problem that stops it being read (unreadable YAML, or a date that is not YYYY-MM-DD). */
export function readFrontmatter(file: string, text: string): { problem: ContentProblem } | { fields: Record<string, unknown> } {
  const block = frontmatterBlock(text);
  if ('problem' in block) return { problem: { file, ...block.problem } };
  const error = block.doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable';
    return {
      problem: {
        file,
        field: `frontmatter line ${line}`,
        message: `is not valid YAML (${reason}): close every quote, and put values that contain ": " or "#" inside double quotes`,
      },
    };
  }
  const data: unknown = block.doc.toJS();
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const dateProblem = frontmatterDateProblems(file, fields)[0];
  return dateProblem ? { problem: dateProblem } : { fields };
}

/** The problem with an MDX file's frontmatter block, or null when it is readable. */
export function frontmatterProblem(file: string, text: string): ContentProblem | null {
  const read = readFrontmatter(file, text);
  return 'problem' in read ? read.problem : null;
}
