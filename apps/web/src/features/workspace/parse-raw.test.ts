import type { CompiledField, CompiledQuestion, Question } from '@concord/domain/engine';
import { describe, expect, it } from 'vitest';
import { applicableFieldKeys, checkQuestionDatePair, parseRaw } from './parse-raw.js';
import { toRaw } from './raw-values.js';

// Hand-built questions: the parser only reads `type`, `source` and the group's fields.
function question(source: Record<string, unknown>): CompiledQuestion {
  const full = { id: 'strategy:test:q:x', label: 'X', ...source } as unknown as Question;
  const fields = (source.fields as Array<Record<string, unknown>> | undefined)?.map(
    (field): CompiledField => ({
      key: field.key as string,
      type: field.type as CompiledField['type'],
      required: false,
      ...(field.when ? { when: field.when as CompiledField['when'] } : {}),
      source: field as unknown as CompiledField['source'],
    }),
  );
  return {
    id: full.id,
    type: full.type,
    sectionId: 'strategy:test',
    required: false,
    sensitive: false,
    hasFieldConditions: false,
    source: full,
    ...(fields ? { fields, fieldsByKey: new Map(fields.map((f) => [f.key, f])) } : {}),
  };
}

const ids = (parsed: { problems: { path: string; messageId?: string }[] }) =>
  parsed.problems.map((problem) => `${problem.path}:${problem.messageId}`);

describe('parseRaw: numbers', () => {
  const number = question({ type: 'number', min: 0, max: 100000, integer: true });

  it.each([
    ['', undefined, []],
    ['12', 12, []],
    [' 1 200 ', 1200, []],
    ['١٢', 12, []],
    ['12abc', undefined, [':workspace.error.notNumber']],
    ['1,5', undefined, [':workspace.error.notNumber']],
    ['2.5', 2.5, [':workspace.error.notWhole']],
    ['-1', -1, [':workspace.error.tooSmall']],
    ['100001', 100001, [':workspace.error.tooLarge']],
  ])('%j gives %j with %j', (raw, value, problems) => {
    const parsed = parseRaw(number, raw);
    expect(parsed.value).toBe(value);
    expect(ids(parsed)).toEqual(problems);
  });

  it('keeps a percentage between 0 and 100', () => {
    expect(ids(parseRaw(question({ type: 'number', unit: '%' }), '120'))).toEqual([
      ':workspace.error.percent',
    ]);
  });
});

describe('parseRaw: amounts, dates and text', () => {
  const amount = question({ type: 'amount' });
  const date = question({ type: 'date' });

  it('needs both the number and the currency, and never a negative amount', () => {
    expect(parseRaw(amount, { amount: '', currency: '' }).value).toBeUndefined();
    expect(parseRaw(amount, { amount: '800000', currency: 'GBP' }).value).toEqual({
      amount: 800000,
      currency: 'GBP',
    });
    expect(ids(parseRaw(amount, { amount: '5', currency: '' }))).toEqual([
      'currency:workspace.error.currencyMissing',
    ]);
    expect(ids(parseRaw(amount, { amount: '', currency: 'EUR' }))).toEqual([
      'amount:workspace.error.amountMissing',
    ]);
    expect(ids(parseRaw(amount, { amount: '-5', currency: 'EUR' }))).toEqual([
      'amount:workspace.error.tooSmall',
    ]);
  });

  it('reads day, month and year into a calendar date, naming the part that is wrong', () => {
    expect(parseRaw(date, { day: '7', month: '3', year: '2026' }).value).toBe('2026-03-07');
    expect(parseRaw(date, { day: '', month: '', year: '' }).value).toBeUndefined();
    expect(ids(parseRaw(date, { day: '7', month: '', year: '2026' }))).toEqual([
      'month:workspace.error.date.monthMissing',
    ]);
    expect(ids(parseRaw(date, { day: '30', month: '2', year: '2026' }))).toEqual([
      'day:workspace.error.date.notReal',
    ]);
    expect(ids(parseRaw(date, { day: '1', month: '1', year: '26' }))).toEqual([
      'year:workspace.error.date.notReal',
    ]);
  });

  it('round-trips a stored date through the form', () => {
    expect(parseRaw(date, toRaw(date, '2025-12-31')).value).toBe('2025-12-31');
  });

  it('applies the default text limits', () => {
    const text = question({ type: 'text' });
    expect(ids(parseRaw(text, 'a'.repeat(501)))).toEqual([':workspace.error.textTooLong']);
    expect(parseRaw(text, '   ').value).toBeUndefined();
    const long = question({ type: 'long-text' });
    expect(ids(parseRaw(long, 'a'.repeat(50_000)))).toEqual([':workspace.error.textTooLong']);
  });
});

describe('parseRaw: groups', () => {
  const sources = question({
    type: 'group',
    maxRows: 2,
    fields: [
      { key: 'kind', type: 'single', options: [{ id: 'grant', label: 'Grant' }] },
      { key: 'amount', type: 'number', min: 0 },
      { key: 'startDate', type: 'date' },
      { key: 'endDate', type: 'date' },
    ],
  });

  it('reports problems by row position and field, as the server does', () => {
    const parsed = parseRaw(sources, [
      {
        id: 'a',
        kind: 'grant',
        amount: '10',
        startDate: { day: '1', month: '1', year: '2026' },
        endDate: { day: '1', month: '1', year: '2025' },
      },
      {
        id: 'b',
        kind: '',
        amount: 'lots',
        startDate: { day: '', month: '', year: '' },
        endDate: { day: '', month: '', year: '' },
      },
    ]);
    expect(ids(parsed)).toEqual([
      '0.endDate:workspace.error.endBeforeStart',
      '1.amount:workspace.error.notNumber',
    ]);
    expect(parsed.value).toEqual([
      { id: 'a', kind: 'grant', amount: 10, startDate: '2026-01-01', endDate: '2025-01-01' },
      { id: 'b' },
    ]);
  });

  it('refuses more rows than the content allows', () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ id }));
    expect(ids(parseRaw(sources, rows))).toContain(':workspace.error.tooManyRows');
  });

  it('leaves out fields whose condition does not hold, judged on the row so far', () => {
    const gated = question({
      type: 'group',
      fields: [
        {
          key: 'kind',
          type: 'single',
          options: [
            { id: 'none', label: 'None' },
            { id: 'law', label: 'Law' },
          ],
        },
        {
          key: 'reference',
          type: 'text',
          when: { op: 'not', cond: { op: 'equals', field: 'kind', value: 'none' } },
        },
      ],
    });
    const fieldApplies = (field: CompiledField, row: Record<string, unknown>) =>
      field.key !== 'reference' || row.kind !== 'none';
    const row = { id: 'r', kind: 'none', reference: 'x'.repeat(600) };
    const parsed = parseRaw(gated, [row], { fieldApplies });
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual([{ id: 'r', kind: 'none' }]);
    expect([...applicableFieldKeys(gated, row, { fieldApplies })]).toEqual(['kind']);
  });
});

describe('checkQuestionDatePair', () => {
  const saved = (values: Record<string, string>) => (id: string) => values[id];
  const start = 'strategy:framework:q:horizon-start';
  const end = 'strategy:framework:q:horizon-end';

  it('keeps the strategy period in order against the saved other date', () => {
    expect(checkQuestionDatePair(end, '2024-12-31', saved({ [start]: '2025-01-01' }))).toEqual([
      { path: '', messageId: 'workspace.error.endBeforeStart' },
    ]);
    expect(checkQuestionDatePair(start, '2030-01-01', saved({ [end]: '2028-12-31' }))).toEqual([
      { path: '', messageId: 'workspace.error.startAfterEnd' },
    ]);
    expect(checkQuestionDatePair(end, '2028-12-31', saved({ [start]: '2025-01-01' }))).toEqual([]);
    expect(checkQuestionDatePair('strategy:other:q:x', '2000-01-01', saved({}))).toEqual([]);
  });
});
