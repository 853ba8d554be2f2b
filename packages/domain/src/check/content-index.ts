import type { ContentLibrary } from '../content/library.schema.js';
import type { Field, Question } from '../content/question.schema.js';
import { YES_NO_UNKNOWN } from '../answers/answers.types.js';

/** What the checks need to know about a question or a group field. */
export interface Subject {
  type: Question['type'] | Field['type'];
  /** Allowed values for single / multi / yes-no-unknown; undefined for free values. */
  values?: Set<string>;
  fields?: Map<string, Subject>;
}

/** A lenient index of the library (unknown optionsFrom gives no options rather than throwing). */
export function indexSubjects(library: ContentLibrary): Map<string, Subject> {
  const subjects = new Map<string, Subject>();
  for (const section of library.sections) {
    for (const question of section.questions) {
      const subject = describe(question, library);
      if (question.type === 'group') {
        subject.fields = new Map(question.fields.map((f) => [f.key, describe(f, library)]));
      }
      subjects.set(question.id, subject);
    }
  }
  return subjects;
}

function describe(item: Question | Field, library: ContentLibrary): Subject {
  if (item.type === 'yes-no-unknown') return { type: item.type, values: new Set(YES_NO_UNKNOWN) };
  if (item.type !== 'single' && item.type !== 'multi') return { type: item.type };
  const ids = item.options
    ? item.options.map((o) => o.id)
    : (library.reference[item.optionsFrom ?? ''] ?? []).map((ref) => ref.slug);
  return { type: item.type, values: new Set(ids) };
}
