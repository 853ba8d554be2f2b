import fc from 'fast-check';
import type { AnswerValue, FieldValue, GroupRow } from '../../src/answers/answers.types.js';
import type {
  CompiledContent,
  CompiledField,
  CompiledQuestion,
} from '../../src/engine/compiled-content.types.js';

const CURRENCIES = ['EUR', 'GBP', 'USD', 'KES'];

/**
 * Schema-valid answers for any compiled content: every question optional, every value drawn
 * from what its type and limits allow. Dates cluster around 2025 so date windows get hit.
 */
export function answersArbitrary(
  content: CompiledContent,
): fc.Arbitrary<Record<string, AnswerValue>> {
  const model: Record<string, fc.Arbitrary<AnswerValue>> = {};
  for (const question of content.questions.values()) model[question.id] = valueArbitrary(question);
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, AnswerValue>>;
}

export const dateArbitrary = fc
  .integer({ min: 0, max: 365 * 12 })
  .map((days) => new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

function valueArbitrary(item: CompiledQuestion | CompiledField): fc.Arbitrary<AnswerValue> {
  const source = item.source;
  switch (source.type) {
    case 'single':
      return fc.constantFrom(...(item.options ?? []).map((o) => o.id));
    case 'multi': {
      const ids = (item.options ?? []).map((o) => o.id);
      return fc.uniqueArray(fc.constantFrom(...ids), { maxLength: ids.length });
    }
    case 'yes-no-unknown':
      return fc.constantFrom('yes', 'no', 'unknown');
    case 'text':
      return fc.string({ maxLength: Math.min(source.maxLength ?? 500, 12) });
    case 'long-text':
      return fc.string({ maxLength: Math.min(source.maxLength ?? 20_000, 40) });
    case 'number': {
      const min = source.min ?? -1_000;
      const max = source.max ?? 2_000_000;
      return source.integer
        ? fc.oneof(fc.integer({ min, max: Math.min(max, 10) }), fc.integer({ min, max }))
        : fc.oneof(
            fc.constantFrom(min, 0, max).filter((n) => n >= min && n <= max),
            fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
          );
    }
    case 'amount':
      return fc.record({
        amount: fc.double({
          min: source.min ?? -1_000_000,
          max: 10_000_000,
          noNaN: true,
          noDefaultInfinity: true,
        }),
        currency: fc.constantFrom(...CURRENCIES),
      });
    case 'date':
      return dateArbitrary;
    case 'group': {
      const fields: Record<string, fc.Arbitrary<FieldValue>> = {};
      for (const field of (item as CompiledQuestion).fields ?? [])
        fields[field.key] = valueArbitrary(field) as fc.Arbitrary<FieldValue>;
      const row = fc
        .tuple(fc.stringMatching(/^[a-z0-9]{1,6}$/), fc.record(fields, { requiredKeys: [] }))
        .map(([id, rest]) => ({ id, ...rest }) as GroupRow);
      return fc.uniqueArray(row, {
        selector: (r) => r.id,
        maxLength: Math.min(source.maxRows ?? 100, 5),
      });
    }
  }
}

/** The same answers entered in another order: keys reversed, rows and multi items rotated. */
export function reorder(
  values: Record<string, AnswerValue>,
  shift: number,
): Record<string, AnswerValue> {
  const rotate = <T>(list: T[]) =>
    list.length === 0
      ? list
      : [...list.slice(shift % list.length), ...list.slice(0, shift % list.length)];
  const reverseKeys = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).reverse()) as T;
  return Object.fromEntries(
    Object.entries(values)
      .reverse()
      .map(([key, value]) => {
        if (!Array.isArray(value))
          return [key, typeof value === 'object' ? reverseKeys(value) : value];
        const rotated = rotate(value as unknown[]);
        return [
          key,
          rotated.map((item) =>
            typeof item === 'object' && item !== null ? reverseKeys(item) : item,
          ),
        ];
      }),
  ) as Record<string, AnswerValue>;
}
