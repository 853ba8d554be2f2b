/** One problem found in content, located by a path a content author can follow. */
export interface ContentProblem {
  path: string;
  message: string;
}

/** Thrown when content cannot be compiled or loaded; carries every problem, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      problems.length === 1
        ? `Content problem at ${problems[0]!.path}: ${problems[0]!.message}`
        : `${problems.length} content problems:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
