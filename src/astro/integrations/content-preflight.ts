/**
 * Astro integration: reads every article's frontmatter before the build and stops it with one
 * clear line per broken file (Astro's own YAML errors do not say how to fix them), and warns,
 * one line per file, about reviews older than ATLAS_REVIEW_MAX_DAYS (365 days unless set).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblems, type ContentProblem } from '../../lib/articles/content-problems';
import { readFrontmatter } from '../../lib/articles/frontmatter-check';
import { isIsoDay } from '../../lib/articles/frontmatter-dates';
import { overdueReview, reviewMaxDays } from '../../lib/articles/review-age';

/** Checks `<contentDir>/articles/**.mdx` frontmatter when the build starts. */
export function contentPreflight(contentDir: string): AstroIntegration {
  return {
    name: 'customer-atlas-content-preflight',
    hooks: {
      'astro:config:setup': () => {
        const maxDays = reviewMaxDays(process.env['ATLAS_REVIEW_MAX_DAYS']);
        const problems: ContentProblem[] = [];
        const overdue: ContentProblem[] = [];
        const now = new Date();
        for (const file of mdxFiles(join(contentDir, 'articles'))) {
          const name = relative(process.cwd(), file);
          const read = readFrontmatter(name, readFileSync(file, 'utf8'));
          if ('problem' in read) {
            problems.push(read.problem);
            continue;
          }
          const reviewed = read.fields['reviewed'];
          const late = isIsoDay(reviewed) ? overdueReview(name, reviewed, now, maxDays) : null;
          if (late) overdue.push(late);
        }
        if (problems.length > 0) throw new Error(formatProblems(problems));
        // On stderr, not Astro's logger: a review that is due must show even in a --silent build.
        for (const line of formatProblems(overdue).split('\n').filter(Boolean)) console.warn(`Review due: ${line}`);
      },
    },
  };
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name));
}
