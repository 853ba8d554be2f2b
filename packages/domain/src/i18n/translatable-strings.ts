import type { ContentLibrary } from '../content/library.schema.js';
import type { Field, Option, Question } from '../content/question.schema.js';
import { REFERENCE_LISTS } from '../content/reference-lists.js';

/**
 * Called for each user-facing string with its translation key; returns the text to keep
 * (the same text, or a translation).
 */
export type StringVisitor = (key: string, text: string) => string;

/**
 * Rebuilds the library with every user-facing string passed through `visit`. Listing keys and
 * localising share this one walk, so a key can never be listed but not translated (or back).
 * Key scheme: `<owning id>.<field path>`, see docs/content-format.md.
 */
export function mapContentStrings(library: ContentLibrary, visit: StringVisitor): ContentLibrary {
  const text = (key: string, value: string) => visit(key, value);
  const optional = (key: string, value: string | undefined) =>
    value === undefined ? undefined : visit(key, value);
  const id = library.id;

  return {
    ...library,
    title: text(`${id}.title`, library.title),
    ...withOptional('summary', optional(`${id}.summary`, library.summary)),
    citations: Object.fromEntries(
      Object.entries(library.citations).map(([key, heading]) => [
        key,
        text(`${id}.citation.${key}`, heading),
      ]),
    ),
    sections: library.sections.map((section) => ({
      ...section,
      title: text(`${section.id}.title`, section.title),
      ...withOptional('summary', optional(`${section.id}.summary`, section.summary)),
      questions: section.questions.map((q) => mapQuestion(q, visit)),
    })),
    reference: Object.fromEntries(
      Object.entries(library.reference).map(([kind, items]) => [
        kind,
        items.map((item) => ({
          ...item,
          label: text(`${item.id}.label`, item.label),
          ...withOptional('description', optional(`${item.id}.description`, item.description)),
          ...Object.fromEntries(
            REFERENCE_LISTS.flatMap((list) => {
              const lines = item[list];
              return lines
                ? [[list, lines.map((line, i) => text(`${item.id}.${list}.${i}`, line))]]
                : [];
            }),
          ),
        })),
      ]),
    ),
    examples: library.examples.map((example) => ({
      ...example,
      ...withOptional('place', optional(`${example.id}.place`, example.place)),
      country: text(`${example.id}.country`, example.country),
      summary: text(`${example.id}.summary`, example.summary),
    })),
    rules: library.rules.map((rule) => ({
      ...rule,
      title: text(`${rule.id}.title`, rule.title),
      why: text(`${rule.id}.why`, rule.why),
      actions: rule.actions.map((action, i) => text(`${rule.id}.actions.${i}`, action)),
    })),
    scores: library.scores.map((score) => ({
      ...score,
      title: text(`${score.id}.title`, score.title),
      ...withOptional('description', optional(`${score.id}.description`, score.description)),
      ...('criteria' in score
        ? {
            criteria: score.criteria.map((c, i) => ({
              ...c,
              reason: text(`${score.id}.criteria.${i}.reason`, c.reason),
            })),
          }
        : {}),
    })),
  };
}

function mapQuestion(question: Question, visit: StringVisitor): Question {
  const base = mapLabelled(question, question.id, visit);
  if (question.type !== 'group') return base;
  return {
    ...base,
    type: 'group',
    fields: question.fields.map((f) => mapLabelled(f, `${question.id}.field.${f.key}`, visit)),
    ...withOptional(
      'rowLabel',
      question.rowLabel === undefined
        ? undefined
        : visit(`${question.id}.rowLabel`, question.rowLabel),
    ),
  } as Question;
}

// Questions and fields share label, help, note, unit and options.
function mapLabelled<T extends Question | Field>(item: T, key: string, visit: StringVisitor): T {
  const result: Record<string, unknown> = { ...item, label: visit(`${key}.label`, item.label) };
  for (const name of ['help', 'note', 'unit'] as const) {
    const value = (item as Record<string, unknown>)[name];
    if (typeof value === 'string') result[name] = visit(`${key}.${name}`, value);
  }
  if ('options' in item && item.options) {
    result.options = item.options.map((option: Option) => ({
      ...option,
      label: visit(`${key}.option.${option.id}`, option.label),
      ...withOptional(
        'help',
        option.help === undefined
          ? undefined
          : visit(`${key}.option.${option.id}.help`, option.help),
      ),
    }));
  }
  return result as T;
}

function withOptional<K extends string>(name: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: string };
}

/** Every translation key of the library with its English text, in content order. */
export function collectTranslatableStrings(library: ContentLibrary): Map<string, string> {
  const strings = new Map<string, string>();
  mapContentStrings(library, (key, text) => {
    strings.set(key, text);
    return text;
  });
  return strings;
}

/** Every translation key of the library, in content order. */
export function listTranslatableKeys(library: ContentLibrary): string[] {
  return [...collectTranslatableStrings(library).keys()];
}
