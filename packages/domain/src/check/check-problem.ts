/** One finding of content:check. Errors fail the check; warnings are printed only. */
export interface CheckProblem {
  level: 'error' | 'warning';
  path: string;
  message: string;
}

/** Collects problems with a fixed level helper, so each checker stays a plain function. */
export class ProblemList {
  readonly items: CheckProblem[] = [];

  error(path: string, message: string): void {
    this.items.push({ level: 'error', path, message });
  }

  warning(path: string, message: string): void {
    this.items.push({ level: 'warning', path, message });
  }
}
