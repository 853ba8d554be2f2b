import type { AnswerValue, FieldValue } from '../answers/answers.types.js';
import { isAmountValue } from '../answers/answers.types.js';
import type { Option } from '../content/question.schema.js';
import type { DocumentContext } from './document-context.js';

/** What a value needs to be written out: its type, its options and its unit. */
export interface ValueShape {
  type: string;
  options?: Option[];
  unit?: string;
}

export function optionLabel(options: Option[] | undefined, id: string): string {
  return options?.find((option) => option.id === id)?.label ?? id;
}

// Choices read in the order the question lists them, not the order they were stored in.
function inOptionOrder(options: Option[] | undefined, ids: string[]): string[] {
  if (!options) return ids;
  const rank = (id: string) => {
    const index = options.findIndex((option) => option.id === id);
    return index === -1 ? options.length : index;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b));
}

/**
 * One answer as the reader sees it: option labels rather than ids, money with its currency,
 * dates in the document's language. `currency` pairs a number field with a row's currency.
 */
export function formatAnswer(
  ctx: DocumentContext,
  shape: ValueShape,
  value: AnswerValue | FieldValue | undefined,
  currency?: string,
): string {
  if (value === undefined) return ctx.labels.unanswered;
  const { format, labels } = ctx;
  switch (shape.type) {
    case 'single':
      return typeof value === 'string' ? optionLabel(shape.options, value) : String(value);
    case 'multi':
      return Array.isArray(value)
        ? format.list(
            inOptionOrder(shape.options, value.map(String)).map((id) =>
              optionLabel(shape.options, id),
            ),
          )
        : String(value);
    case 'yes-no-unknown':
      return value === 'yes' || value === 'no' || value === 'unknown'
        ? labels.yesNoUnknown[value]
        : String(value);
    case 'number': {
      if (typeof value !== 'number') return String(value);
      if (currency) return format.amount(value, currency);
      return shape.unit ? `${format.number(value)} ${shape.unit}` : format.number(value);
    }
    case 'amount':
      return isAmountValue(value) ? format.amount(value.amount, value.currency) : String(value);
    case 'date':
      return typeof value === 'string' ? format.date(value) : String(value);
    default:
      // text, long-text, and any type a later content version adds: shown as written, on one
      // line (long text shown as paragraphs goes through splitParagraphs instead).
      return typeof value === 'string'
        ? value.replace(/\s*\r?\n\s*/g, ' ').trim()
        : JSON.stringify(value);
  }
}

/** The answer to a non-group question, formatted; undefined when not shown. */
export function formatQuestionAnswer(ctx: DocumentContext, questionId: string): string | undefined {
  const question = ctx.question(questionId);
  const value = ctx.answer(questionId);
  if (!question || value === undefined) return undefined;
  const shape: ValueShape = { type: question.type };
  if (question.options) shape.options = question.options;
  if ('unit' in question.source && question.source.unit) shape.unit = question.source.unit;
  return formatAnswer(ctx, shape, value);
}

export function questionLabel(ctx: DocumentContext, questionId: string): string {
  return ctx.question(questionId)?.source.label ?? questionId;
}

/** Plain text written by the city, split into paragraphs at blank lines. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((part) => part !== '');
}
