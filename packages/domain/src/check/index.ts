export {
  checkContent,
  type ContentCheckOptions,
  type ContentCheckReport,
} from './check-content.js';
export type { CheckProblem } from './check-problem.js';
export type { LocaleCoverage, LocaleCheckOptions } from './check-locales.js';
export { isObviouslyUnsatisfiable } from './check-satisfiable.js';
