import type { ContentLibrary } from '../content/library.schema.js';
import type { ProblemList } from './check-problem.js';

const RULE_CODE = /^[A-Z]+-\d+[A-Z]?$/;
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * Ids are permanent and shared with stored answers, so their shape and uniqueness are checked
 * across the whole library, not file by file.
 */
export function checkIds(library: ContentLibrary, problems: ProblemList): void {
  const lib = library.id;
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problems.error(path, `Id ${id} is already used at ${first}`);
    else seen.set(id, path);
  };
  const expect = (id: string, pattern: RegExp, path: string, shape: string) => {
    if (!pattern.test(id)) problems.error(path, `Id ${id} should look like ${shape}`);
  };

  for (const section of library.sections) {
    claim(section.id, section.id);
    expect(section.id, new RegExp(`^${lib}:${SLUG}$`), section.id, `${lib}:<section>`);
    const orders = library.sections.filter((s) => s.order === section.order);
    if (orders.length > 1 && orders[0] === section) {
      problems.error(
        section.id,
        `Sections ${orders.map((s) => s.id).join(', ')} share order ${section.order}`,
      );
    }
    section.questions.forEach((question, qi) => {
      const path = `${section.id}.questions.${qi}`;
      claim(question.id, path);
      expect(
        question.id,
        new RegExp(`^${escape(section.id)}:q:${SLUG}$`),
        path,
        `${section.id}:q:<name>`,
      );
      const checkOptions = (options: { id: string }[] | undefined, where: string) => {
        const ids = new Set<string>();
        for (const option of options ?? []) {
          if (ids.has(option.id))
            problems.error(`${where}.options`, `Option id ${option.id} appears twice`);
          ids.add(option.id);
        }
      };
      if ('options' in question) checkOptions(question.options, path);
      if (question.type === 'group') {
        const keys = new Set<string>();
        question.fields.forEach((field, fi) => {
          if (keys.has(field.key))
            problems.error(`${path}.fields.${fi}`, `Field key ${field.key} appears twice`);
          keys.add(field.key);
          if ('options' in field) checkOptions(field.options, `${path}.fields.${fi}`);
        });
        if (keys.has('id'))
          problems.error(
            `${path}.fields`,
            'A field may not be called `id`: rows use it for their own id',
          );
      }
    });
  }

  for (const [kind, items] of Object.entries(library.reference)) {
    items.forEach((item, i) => {
      const path = `reference/${kind}.${i}`;
      claim(item.id, path);
      if (item.id !== `${lib}:ref:${kind}:${item.slug}`) {
        problems.error(
          path,
          `Id ${item.id} should be ${lib}:ref:${kind}:${item.slug} (file name gives the kind)`,
        );
      }
    });
  }
  library.examples.forEach((example, i) => {
    claim(example.id, `examples.${i}`);
    expect(
      example.id,
      new RegExp(`^${lib}:example:${SLUG}$`),
      `examples.${i}`,
      `${lib}:example:<slug>`,
    );
  });
  library.rules.forEach((rule) => {
    claim(rule.id, rule.id);
    const code = rule.id.slice(`${lib}:rule:`.length);
    if (!rule.id.startsWith(`${lib}:rule:`) || !RULE_CODE.test(code)) {
      problems.error(rule.id, `Rule id should look like ${lib}:rule:MAN-01`);
    } else if (rule.kind === 'strength' && !code.startsWith('STR-')) {
      problems.error(rule.id, 'Strength rules use codes STR-<NN>');
    } else if (rule.kind === 'gap' && code.startsWith('STR-')) {
      problems.error(rule.id, 'STR- codes are for strengths; give this gap its area code');
    }
  });
  library.scores.forEach((score) => {
    claim(score.id, score.id);
    expect(score.id, new RegExp(`^${lib}:score:${SLUG}$`), score.id, `${lib}:score:<slug>`);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
