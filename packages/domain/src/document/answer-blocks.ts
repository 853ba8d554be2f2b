import type { GroupRow } from '../answers/answers.types.js';
import { isAnswered } from '../answers/answers.types.js';
import type { CompiledField, CompiledQuestion } from '../engine/compiled-content.types.js';
import {
  formatAnswer,
  formatQuestionAnswer,
  splitParagraphs,
  type ValueShape,
} from './answer-values.js';
import { definition, definitions, paragraph, strong, table } from './block-builders.js';
import type { DocumentContext } from './document-context.js';
import type { Block, ColumnAlign, DefinitionItem } from './document.types.js';

// Beyond this many columns, or with free text in a column, a table no longer fits a portrait
// page legibly; each row then becomes its own short list of labelled values.
const MAX_TABLE_COLUMNS = 6;
const MONEY_FIELDS = new Set(['amount', 'cost']);
// Groups whose amounts share one currency asked in a question of its own: the amounts are
// shown with it, and the currency question is not repeated on its own.
const SHARED_CURRENCY: Record<string, string> = {
  'strategy:framework:q:cost-plan': 'strategy:framework:q:cost-currency',
};
const SHARED_CURRENCY_QUESTIONS = new Set(Object.values(SHARED_CURRENCY));

/**
 * The answers of one content section, in content order, as the reader should see them:
 * short answers as a list of labelled values, free text as paragraphs, groups as tables.
 * Questions in `skip` are shown elsewhere in a form of their own (a matrix, a glossary).
 */
export function renderSectionAnswers(
  ctx: DocumentContext,
  sectionId: string,
  skip: ReadonlySet<string> = new Set(),
): Block[] {
  const section = ctx.content.sectionsById.get(sectionId);
  if (!section) return [];
  const blocks: Block[] = [];
  // Short answers that follow each other share one list; anything else closes it.
  let shortAnswers: DefinitionItem[] | null = null;
  for (const questionId of section.questionIds) {
    if (skip.has(questionId) || SHARED_CURRENCY_QUESTIONS.has(questionId)) continue;
    const rendered = renderQuestion(ctx, questionId);
    if (rendered === null) continue;
    if ('term' in rendered) {
      if (shortAnswers === null) {
        shortAnswers = [];
        blocks.push(definitions(shortAnswers));
      }
      shortAnswers.push(rendered);
    } else {
      shortAnswers = null;
      blocks.push(...rendered);
    }
  }
  return blocks;
}

/** A short answer as one labelled value, longer ones as blocks; null when not shown. */
function renderQuestion(ctx: DocumentContext, questionId: string): DefinitionItem | Block[] | null {
  const question = ctx.question(questionId);
  const value = ctx.answer(questionId);
  if (!question || value === undefined) return null;
  const label = question.source.label;
  if (question.type === 'group') return renderGroup(ctx, question);
  if (question.type === 'long-text' && typeof value === 'string') {
    return [paragraph(strong(label)), ...splitParagraphs(value).map((text) => paragraph(text))];
  }
  return definition(label, formatQuestionAnswer(ctx, questionId) ?? '');
}

export function fieldShape(field: CompiledField): ValueShape {
  const shape: ValueShape = { type: field.type };
  if (field.options) shape.options = field.options;
  if ('unit' in field.source && field.source.unit) shape.unit = field.source.unit;
  return shape;
}

/** A row field as text; money fields are written with `currency` when there is one. */
export function formatField(
  ctx: DocumentContext,
  field: CompiledField,
  row: GroupRow,
  currency?: string,
): string {
  const value = row[field.key];
  if (!isAnswered(value)) return '';
  return formatAnswer(
    ctx,
    fieldShape(field),
    value,
    MONEY_FIELDS.has(field.key) ? currency : undefined,
  );
}

export function renderGroup(ctx: DocumentContext, question: CompiledQuestion): Block[] {
  const rows = ctx.rows(question.id);
  if (rows.length === 0) return [];
  const fields = (question.fields ?? []).filter(
    (field) => !(ctx.audience === 'public' && field.source.sensitive),
  );
  const hasMoney = fields.some((f) => f.key === 'currency' && f.type === 'text');
  const shown = fields.filter(
    (field) =>
      !(hasMoney && field.key === 'currency') && rows.some((row) => isAnswered(row[field.key])),
  );
  const label = question.source.label;
  const sharedQuestion = SHARED_CURRENCY[question.id];
  const shared = sharedQuestion ? ctx.answer(sharedQuestion) : undefined;
  const currencyOf = (row: GroupRow) =>
    hasMoney && typeof row.currency === 'string'
      ? row.currency
      : typeof shared === 'string'
        ? shared
        : undefined;

  if (shown.length <= MAX_TABLE_COLUMNS && !shown.some((f) => f.type === 'long-text')) {
    const align: ColumnAlign[] = shown.map((f) =>
      f.type === 'number' || f.type === 'amount' ? 'end' : 'start',
    );
    return [
      table({
        caption: label,
        header: shown.map((f) => f.source.label),
        rows: rows.map((row) => shown.map((f) => formatField(ctx, f, row, currencyOf(row)))),
        align,
      }),
    ];
  }

  const titleField = shown.find((f) => f.type === 'text');
  const rowName = 'rowLabel' in question.source ? question.source.rowLabel : undefined;
  const blocks: Block[] = [paragraph(strong(label))];
  rows.forEach((row, index) => {
    const title = titleField ? formatField(ctx, titleField, row) : '';
    blocks.push(paragraph(strong(title || `${rowName ?? label} ${index + 1}`)));
    const items = shown
      .filter((f) => f !== titleField && isAnswered(row[f.key]))
      .map((f) => definition(f.source.label, formatField(ctx, f, row, currencyOf(row))));
    if (items.length > 0) blocks.push(definitions(items));
  });
  return blocks;
}
