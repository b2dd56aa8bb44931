/** Problems found in content files, and the one formatter that turns them into readable lines. */

/** A problem in one field of one content file. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** One line per problem: `file: field: what is wrong: how to fix it`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
