/** Reading an article's MDX body as text: word counts, the "Key points" list, glossary terms. Pure. */

/** The words a reader sees in an MDX body (markup, tags and frontmatter left out). */
export function countWords(body: string): number {
  const text = body
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|[\]()-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The items of the body's "## Key points" list, or null when the section is missing. */
export function keyPoints(body: string): string[] | null {
  const match = /^## Key points[ \t]*\n([\s\S]*?)(?=^#{1,2} |(?![\s\S]))/m.exec(body);
  if (!match) return null;
  return match[1]!
    .split('\n')
    .filter((line) => /^\s*[-*] /.test(line))
    .map((line) => line.replace(/^\s*[-*] /, '').trim());
}

/** Glossary ids linked from the body with `<Term id="…">`, in order of appearance (repeats kept). */
export function termIds(body: string): string[] {
  return [...body.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]!);
}

/** The `##` headings of the body, in order. */
export function sectionHeadings(body: string): string[] {
  return [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
}
