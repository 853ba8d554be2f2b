import type { Condition } from '../content/condition.schema.js';
import type { ContentLibrary } from '../content/library.schema.js';
import type { Recurrence } from '../content/rule.schema.js';
import type { Locales } from '../content/locale.schema.js';
import { compileContent } from '../engine/compile-content.js';
import { ContentError } from '../engine/content-error.js';
import { collectQuestionRefs } from '../engine/walk-condition.js';
import { checkWordLists } from '../language/check-word-lists.js';
import { ANSWER_UPGRADES } from '../upgrades/upgrade-answers.js';
import type { AnswerUpgrade } from '../upgrades/answer-upgrade.types.js';
import { checkCondition } from './check-conditions.js';
import { checkIds } from './check-ids.js';
import { checkLocales, type LocaleCheckOptions, type LocaleCoverage } from './check-locales.js';
import { ProblemList, type CheckProblem } from './check-problem.js';
import { isObviouslyUnsatisfiable } from './check-satisfiable.js';
import { indexSubjects, type Subject } from './content-index.js';

export interface ContentCheckOptions {
  locales: LocaleCheckOptions;
  upgrades?: readonly AnswerUpgrade[];
}

export interface ContentCheckReport {
  problems: CheckProblem[];
  stats: { sections: number; questions: number; rules: number; examples: number; scores: number };
  coverage: LocaleCoverage[];
}

/**
 * Everything the schemas cannot see on their own: ids, cross-references between files,
 * operator/answer-type fit, conditions that can never hold, upgrades and translation coverage.
 * Pure: the caller loads the files (see scripts/content-check.ts).
 */
export function checkContent(
  library: ContentLibrary,
  locales: Locales,
  options: ContentCheckOptions,
): ContentCheckReport {
  const problems = new ProblemList();
  const subjects = indexSubjects(library);
  const citations = new Set(Object.keys(library.citations));
  const sectionIds = new Set(library.sections.map((s) => s.id));
  const exampleIds = new Set(library.examples.map((e) => e.id));

  const cites = (keys: string[] | undefined, path: string) => {
    for (const key of keys ?? [])
      if (!citations.has(key))
        problems.error(path, `Cites ${key}, which library.yaml citations does not list`);
  };
  const condition = (
    cond: Condition | undefined,
    path: string,
    what: string,
    rowGroup?: string,
  ) => {
    if (!cond) return;
    checkCondition(cond, path, subjects, problems, rowGroup);
    if (isObviouslyUnsatisfiable(cond))
      problems.error(path, `This condition can never hold, so the ${what} never applies`);
  };

  checkIds(library, problems);

  for (const section of library.sections) {
    cites(section.cites, section.id);
    condition(section.when, `${section.id}.when`, 'section');
    for (const question of section.questions) {
      cites(question.cites, question.id);
      if (question.when && collectQuestionRefs(question.when).has(question.id)) {
        problems.error(
          `${question.id}.when`,
          'The question depends on its own answer, so it can never be reached',
        );
      }
      condition(question.when, `${question.id}.when`, 'question and its options');
      checkOptionSource(question, library, question.id, problems);
      if (question.type === 'group') {
        for (const field of question.fields) {
          const path = `${question.id}.field.${field.key}`;
          cites(field.cites, path);
          checkOptionSource(field, library, path, problems);
          condition(field.when, `${path}.when`, 'field', question.id);
        }
      }
    }
  }

  for (const rule of library.rules) {
    if (!sectionIds.has(rule.section))
      problems.error(`${rule.id}.section`, `Unknown section ${rule.section}`);
    cites(rule.cites, rule.id);
    for (const id of rule.examples ?? [])
      if (!exampleIds.has(id)) problems.error(`${rule.id}.examples`, `Unknown example ${id}`);
    condition(rule.when, `${rule.id}.when`, 'rule');
    if (rule.recurrence)
      checkRecurrence(rule.recurrence, `${rule.id}.recurrence`, subjects, problems);
  }

  for (const score of library.scores) {
    if (score.section && !sectionIds.has(score.section))
      problems.error(`${score.id}.section`, `Unknown section ${score.section}`);
    if ('criteria' in score) {
      score.criteria.forEach((c, i) =>
        condition(c.when, `${score.id}.criteria.${i}.when`, 'criterion'),
      );
      const total = score.criteria.reduce((sum, c) => sum + c.points, 0);
      if (total < score.max)
        problems.warning(
          score.id,
          `Criteria add up to ${total}, so the score can never reach its max ${score.max}`,
        );
    } else {
      checkMetric(score.metric, score.id, subjects, problems);
    }
  }

  library.examples.forEach((example) => cites(example.cites, example.id));
  for (const items of Object.values(library.reference))
    for (const item of items) cites(item.cites, item.id);

  const upgrades = options.upgrades ?? ANSWER_UPGRADES;
  for (const step of library.upgrades) {
    if (!upgrades.some((u) => u.from === step.from && u.to === step.to)) {
      problems.error(
        `library.upgrades`,
        `No answer upgrade from version ${step.from} to ${step.to} in packages/domain/src/upgrades`,
      );
    }
  }

  try {
    compileContent(library);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // Unknown references are already reported above with more context; cycles are not.
    for (const p of error.problems)
      if (p.message.startsWith('Applicability cycle')) problems.error(p.path, p.message);
  }

  checkWordLists(library, options.locales.required, problems);
  const coverage = checkLocales(library, locales, options.locales, problems);
  return {
    problems: problems.items,
    stats: {
      sections: library.sections.length,
      questions: subjects.size,
      rules: library.rules.length,
      examples: library.examples.length,
      scores: library.scores.length,
    },
    coverage,
  };
}

function checkOptionSource(
  item: { type: string; optionsFrom?: string },
  library: ContentLibrary,
  path: string,
  problems: ProblemList,
): void {
  if (item.optionsFrom !== undefined && !library.reference[item.optionsFrom]) {
    problems.error(
      `${path}.optionsFrom`,
      `No reference list ${item.optionsFrom} (expected content/strategy/reference/${item.optionsFrom}.yaml)`,
    );
  }
}

function checkMetric(
  metric: { q: string; amountField: string; keyField?: string; where?: Condition },
  path: string,
  subjects: Map<string, Subject>,
  problems: ProblemList,
): void {
  const group = subjects.get(metric.q);
  if (!group || group.type !== 'group') {
    problems.error(`${path}.metric.q`, `${metric.q} is not a group question`);
    return;
  }
  const amount = group.fields?.get(metric.amountField);
  if (!amount || (amount.type !== 'number' && amount.type !== 'amount')) {
    problems.error(
      `${path}.metric.amountField`,
      `${metric.amountField} is not a number or amount field of ${metric.q}`,
    );
  }
  if (metric.keyField !== undefined && !group.fields?.has(metric.keyField)) {
    problems.error(`${path}.metric.keyField`, `${metric.keyField} is not a field of ${metric.q}`);
  }
  if (metric.where)
    checkCondition(metric.where, `${path}.metric.where`, subjects, problems, metric.q);
}

function checkRecurrence(
  recurrence: Recurrence,
  path: string,
  subjects: Map<string, Subject>,
  problems: ProblemList,
): void {
  const group = subjects.get(recurrence.q);
  const field = group?.fields?.get(recurrence.field);
  if (!group || group.type !== 'group')
    problems.error(`${path}.q`, `${recurrence.q} is not a group question`);
  else if (!field || field.type !== 'single')
    problems.error(
      `${path}.field`,
      `${recurrence.field} is not a single-choice field of ${recurrence.q}`,
    );
  else {
    for (const value of Object.keys(recurrence.everyMonths)) {
      if (!field.values?.has(value))
        problems.error(`${path}.everyMonths`, `${value} is not an option of ${recurrence.field}`);
    }
  }
  if (recurrence.nextDue !== undefined && subjects.get(recurrence.nextDue)?.type !== 'date') {
    problems.error(`${path}.nextDue`, `${recurrence.nextDue} is not a date question`);
  }
  for (const id of recurrence.needs ?? [])
    if (!subjects.has(id)) problems.error(`${path}.needs`, `Unknown question ${id}`);
}
