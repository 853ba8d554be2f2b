import {
  type AnswerValue,
  type CompiledField,
  type CompiledQuestion,
  type FieldValue,
  type GroupRow,
  type Option,
  isAmountValue,
  isAnswered,
  isGroupRows,
} from '@concord/domain';
import { createValueFormatter, selectLabels } from '@concord/domain/document';
import type { Locale } from '../users/user.js';

/** One answer as residents read it: a line, a few paragraphs, or a list of rows. */
export interface PublicAnswer {
  questionId: string;
  label: string;
  paragraphs: string[];
  /** True when the paragraphs are the city's own words (in the answers' language). */
  isFreeText: boolean;
  rows: PublicRow[];
}

export interface PublicRow {
  title: string;
  /** True when the title is the city's own words, false when it is a row number. */
  isFreeText: boolean;
  fields: { label: string; value: string; isFreeText: boolean }[];
}

type Shape = { type: string; options?: Option[] | undefined; unit?: string | undefined };

function optionLabel(options: Option[] | undefined, id: string): string {
  return options?.find((option) => option.id === id)?.label ?? id;
}

/** Blank lines separate paragraphs; single line breaks stay inside one (shown as written). */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Formats answers in one language: option labels, dates and money the reader's way. */
export function createPublicFormatter(lang: Locale) {
  const format = createValueFormatter(lang);
  const labels = selectLabels(lang);

  const formatValue = (
    shape: Shape,
    value: AnswerValue | FieldValue,
    currency?: string,
  ): string => {
    switch (shape.type) {
      case 'single':
        return typeof value === 'string' ? optionLabel(shape.options, value) : String(value);
      case 'multi':
        return Array.isArray(value)
          ? format.list(value.map((id) => optionLabel(shape.options, String(id))))
          : String(value);
      case 'yes-no-unknown':
        return value === 'yes' || value === 'no' || value === 'unknown'
          ? labels.yesNoUnknown[value]
          : String(value);
      case 'number':
        if (typeof value !== 'number') return String(value);
        if (currency) return format.amount(value, currency);
        return shape.unit ? `${format.number(value)} ${shape.unit}` : format.number(value);
      case 'amount':
        return isAmountValue(value) ? format.amount(value.amount, value.currency) : String(value);
      case 'date':
        return typeof value === 'string' ? format.date(value) : String(value);
      default:
        return typeof value === 'string' ? value.trim() : JSON.stringify(value);
    }
  };

  const fieldShape = (field: CompiledField): Shape => ({
    type: field.type,
    options: field.options,
    unit: 'unit' in field.source ? field.source.unit : undefined,
  });

  const formatRow = (question: CompiledQuestion, row: GroupRow, index: number): PublicRow => {
    const fields = (question.fields ?? []).filter(
      (field) => !field.source.sensitive && isAnswered(row[field.key]) && field.key !== 'currency',
    );
    const currency = typeof row.currency === 'string' ? row.currency : undefined;
    const titleField = fields.find((field) => field.type === 'text');
    const title = titleField ? String(row[titleField.key]).trim() : `${index + 1}`;
    return {
      title,
      isFreeText: titleField !== undefined,
      fields: fields
        .filter((field) => field !== titleField)
        .map((field) => ({
          label: field.source.label,
          value: formatValue(fieldShape(field), row[field.key]!, currency),
          isFreeText: field.type === 'text' || field.type === 'long-text',
        })),
    };
  };

  return {
    date: (isoDate: string) => format.date(isoDate),
    answer(question: CompiledQuestion, value: AnswerValue): PublicAnswer {
      const base = { questionId: question.id, label: question.source.label };
      if (question.type === 'group' && isGroupRows(value)) {
        return {
          ...base,
          paragraphs: [],
          isFreeText: false,
          rows: value.map((row, i) => formatRow(question, row, i)),
        };
      }
      if (question.type === 'long-text' && typeof value === 'string') {
        return { ...base, paragraphs: splitParagraphs(value), isFreeText: true, rows: [] };
      }
      const shape: Shape = {
        type: question.type,
        options: question.options,
        unit: 'unit' in question.source ? question.source.unit : undefined,
      };
      return {
        ...base,
        paragraphs: [formatValue(shape, value)],
        isFreeText: question.type === 'text',
        rows: [],
      };
    },
  };
}
