/**
 * Astro integration: reads every article's frontmatter before the build and stops it with one
 * clear line per broken file (Astro's own YAML errors do not say how to fix them).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblems, type ContentProblem } from '../lib/content-problems';
import { frontmatterProblem } from '../lib/frontmatter-check';

/** Checks `<contentDir>/articles/**.mdx` frontmatter when the build starts. */
export function contentPreflight(contentDir: string): AstroIntegration {
  return {
    name: 'customer-atlas-content-preflight',
    hooks: {
      'astro:config:setup': () => {
        const problems: ContentProblem[] = [];
        for (const file of mdxFiles(join(contentDir, 'articles'))) {
          const problem = frontmatterProblem(relative(process.cwd(), file), readFileSync(file, 'utf8'));
          if (problem) problems.push(problem);
        }
        if (problems.length > 0) throw new Error(formatProblems(problems));
      },
    },
  };
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name));
}
