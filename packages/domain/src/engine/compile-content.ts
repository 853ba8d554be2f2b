import type { Condition } from '../content/condition.schema.js';
import type { ContentLibrary } from '../content/library.schema.js';
import type { Field, Option, Question } from '../content/question.schema.js';
import type { ReferenceItem } from '../content/reference.schema.js';
import { ContentError, type ContentProblem } from './content-error.js';
import type {
  CompiledContent,
  CompiledField,
  CompiledQuestion,
  CompiledSection,
} from './compiled-content.types.js';
import { collectQuestionRefs } from './walk-condition.js';

/**
 * Turns a (schema-valid) library into an indexed form so that evaluate() is a plain tree walk.
 * Throws ContentError listing every unresolved reference or applicability cycle, so a broken
 * library fails when loaded rather than silently answering `false` later.
 */
export function compileContent(library: ContentLibrary): CompiledContent {
  const problems: ContentProblem[] = [];
  const questions = new Map<string, CompiledQuestion>();
  const sections: CompiledSection[] = [...library.sections]
    .sort((a, b) => a.order - b.order)
    .map((section) => ({
      id: section.id,
      order: section.order,
      ...(section.when ? { when: section.when } : {}),
      questionIds: section.questions.map((q) => q.id),
      source: section,
    }));

  for (const section of sections) {
    section.source.questions.forEach((question, index) => {
      const path = `${section.id}.questions.${index}`;
      if (questions.has(question.id))
        problems.push({ path, message: `Duplicate question id ${question.id}` });
      questions.set(
        question.id,
        compileQuestion(question, section.id, library.reference, path, problems),
      );
    });
  }

  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  const applicabilityOrder = orderByDependencies(sections, questions, problems);
  if (problems.length > 0) throw new ContentError(problems);

  return {
    id: library.id,
    version: library.version,
    library,
    sections,
    sectionsById,
    questions,
    applicabilityOrder,
    rules: library.rules,
    scores: library.scores,
    examples: new Map(library.examples.map((e) => [e.id, e])),
  };
}

function compileQuestion(
  question: Question,
  sectionId: string,
  reference: Record<string, ReferenceItem[]>,
  path: string,
  problems: ContentProblem[],
): CompiledQuestion {
  const compiled: CompiledQuestion = {
    id: question.id,
    type: question.type,
    sectionId,
    required: question.required === true,
    sensitive: question.sensitive === true,
    hasFieldConditions: false,
    source: question,
  };
  if (question.when) compiled.when = question.when;
  const options = resolveOptions(question, reference, path, problems);
  if (options) compiled.options = options;
  if (question.type === 'group') {
    const fields = question.fields.map((field, i) =>
      compileField(field, reference, `${path}.fields.${i}`, problems),
    );
    compiled.fields = fields;
    compiled.fieldsByKey = new Map(fields.map((f) => [f.key, f]));
    compiled.hasFieldConditions = fields.some((f) => f.when !== undefined);
  }
  return compiled;
}

function compileField(
  field: Field,
  reference: Record<string, ReferenceItem[]>,
  path: string,
  problems: ContentProblem[],
): CompiledField {
  const compiled: CompiledField = {
    key: field.key,
    type: field.type,
    required: field.required === true,
    source: field,
  };
  if (field.when) compiled.when = field.when;
  const options = resolveOptions(field, reference, path, problems);
  if (options) compiled.options = options;
  return compiled;
}

function resolveOptions(
  item: Question | Field,
  reference: Record<string, ReferenceItem[]>,
  path: string,
  problems: ContentProblem[],
): Option[] | undefined {
  if (item.type !== 'single' && item.type !== 'multi') return undefined;
  if (item.options) return item.options;
  const list = item.optionsFrom === undefined ? undefined : reference[item.optionsFrom];
  if (!list) {
    problems.push({
      path: `${path}.optionsFrom`,
      message: `No reference list named ${String(item.optionsFrom)}`,
    });
    return [];
  }
  return list.map((ref) => ({
    id: ref.slug,
    label: ref.label,
    ...(ref.description ? { help: ref.description } : {}),
  }));
}

/**
 * Orders questions so each one's applicability is decided after the questions its `when` (and
 * its section's `when`) reads. Keeps content order wherever dependencies allow.
 */
function orderByDependencies(
  sections: CompiledSection[],
  questions: Map<string, CompiledQuestion>,
  problems: ContentProblem[],
): string[] {
  const dependencies = new Map<string, string[]>();
  for (const section of sections) {
    const sectionRefs = section.when
      ? refsOf(section.when, `${section.id}.when`, questions, problems)
      : [];
    for (const id of section.questionIds) {
      const question = questions.get(id)!;
      const own = question.when ? refsOf(question.when, `${id}.when`, questions, problems) : [];
      const fieldRefs = (question.fields ?? []).flatMap((f) =>
        f.when ? refsOf(f.when, `${id}.fields.${f.key}.when`, questions, problems) : [],
      );
      // A field `when` may read its own group (rows are filtered after the group applies).
      dependencies.set(id, [...sectionRefs, ...own, ...fieldRefs.filter((ref) => ref !== id)]);
    }
  }

  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      problems.push({
        path: `${id}.when`,
        message: `Applicability cycle: ${[...trail, id].join(' -> ')}`,
      });
      return;
    }
    state.set(id, 'visiting');
    for (const dep of dependencies.get(id) ?? [])
      if (dependencies.has(dep)) visit(dep, [...trail, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const section of sections) for (const id of section.questionIds) visit(id, []);
  return order;
}

function refsOf(
  cond: Condition,
  path: string,
  questions: Map<string, CompiledQuestion>,
  problems: ContentProblem[],
): string[] {
  const refs = [...collectQuestionRefs(cond)];
  for (const ref of refs) {
    if (!questions.has(ref))
      problems.push({ path, message: `Condition names unknown question ${ref}` });
  }
  return refs;
}
