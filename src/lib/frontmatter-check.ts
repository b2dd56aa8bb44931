/** A first look at article files before Astro parses them, so broken YAML gets a message that says how to fix it. */
import { parseDocument } from 'yaml';
import type { ContentProblem } from './content-problems';

/** The problem with an MDX file's frontmatter block, or null when it is readable YAML. */
export function frontmatterProblem(file: string, text: string): ContentProblem | null {
  if (!text.startsWith('---')) {
    return { file, field: 'frontmatter', message: 'the file must start with a --- line, the frontmatter fields, and another --- line' };
  }
  const end = text.indexOf('\n---', 3);
  if (end < 0) return { file, field: 'frontmatter', message: 'the frontmatter has no closing --- line: add one after the last field' };
  const doc = parseDocument(text.slice(text.indexOf('\n') + 1, end + 1));
  const error = doc.errors[0];
  if (!error) return null;
  const line = (error.linePos?.[0]?.line ?? 0) + 1;
  const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable';
  return {
    file,
    field: `frontmatter line ${line}`,
    message: `is not valid YAML (${reason}): close every quote, and put values that contain ": " or "#" inside double quotes`,
  };
}
