import { formatQuestionAnswer, optionLabel, questionLabel } from './answer-values.js';
import { bulletList, definition, definitions, paragraph, table } from './block-builders.js';
import { SEVERITIES, severityOf } from './chapters/findings.chapter.js';
import { principleStagesQuestion } from './chapters/framework.chapter.js';
import { FUNDING_SOURCES } from './chapters/funding-mix.blocks.js';
import { DEPARTMENTS } from './chapters/resource-matrix.js';
import { createDocumentContext, type DocumentContext } from './document-context.js';
import type { BuildHandoverBriefInput } from './document-input.types.js';
import { buildDocumentMeta } from './document-meta.js';
import type { Block, Chapter, DefinitionItem, StrategyDocument } from './document.types.js';
import { collectUpcomingDates } from './handover/upcoming-dates.js';
import { fillLabel } from './labels/document-labels.js';

const q = (section: string, name: string) => `strategy:${section}:q:${name}`;

/**
 * A two-page brief for an incoming mayor or council: the mandate and its legal footing, what
 * the city has committed to, the money and when it ends, the administrative roles that carry
 * the work, what is still critical, and the dates of the coming year. Same model as the
 * strategy document, so every renderer prints it.
 */
export function buildHandoverBrief(input: BuildHandoverBriefInput): StrategyDocument {
  const ctx = createDocumentContext(input);
  const title = fillLabel(ctx.labels.handoverTitle, { title: input.strategy.title });
  const chapter = (key: Chapter['key'], blocks: Block[]): Chapter => ({
    key,
    title: ctx.labels.handoverChapters[key as keyof typeof ctx.labels.handoverChapters],
    blocks,
  });
  return {
    meta: buildDocumentMeta(ctx, input, { kind: 'handover-brief', title }),
    chapters: [
      chapter('mandate', mandateBlocks(ctx)),
      chapter('commitments', commitmentBlocks(ctx)),
      chapter('budget', budgetBlocks(ctx)),
      chapter('leads', leadBlocks(ctx)),
      chapter('open-findings', openFindingBlocks(ctx)),
      chapter('upcoming', upcomingBlocks(ctx)),
    ],
  };
}

/** Labelled answers, leaving out the questions that are unanswered or not shown. */
function answerList(ctx: DocumentContext, questionIds: string[]): Block[] {
  const items: DefinitionItem[] = questionIds.flatMap((id) => {
    const text = formatQuestionAnswer(ctx, id);
    return text === undefined ? [] : [definition(questionLabel(ctx, id), text)];
  });
  return items.length > 0 ? [definitions(items)] : [];
}

function mandateBlocks(ctx: DocumentContext): Block[] {
  const { handover } = ctx.labels;
  const blocks: Block[] = [paragraph(handover.intro)];
  const mandates = ctx.question(q('mandate', 'mandates'));
  const rows = ctx.rows(q('mandate', 'mandates'));
  if (mandates && rows.length > 0) {
    const field = (key: string) => mandates.fieldsByKey?.get(key)?.options;
    blocks.push(
      table({
        caption: handover.mandateCaption,
        header: [handover.source, handover.reference, handover.nature],
        rows: rows.map((row) => [
          typeof row.sourceType === 'string'
            ? optionLabel(field('sourceType'), row.sourceType)
            : '',
          [row.documentRef, row.issuingBody].filter((v) => typeof v === 'string').join(', '),
          typeof row.nature === 'string' ? optionLabel(field('nature'), row.nature) : '',
        ]),
      }),
    );
  }
  blocks.push(
    ...answerList(ctx, [
      q('sustainability', 'legal-basis'),
      q('sustainability', 'legal-basis-ref'),
      q('framework', 'approval-status'),
      q('framework', 'approval-body'),
      q('framework', 'approval-date'),
    ]),
  );
  return blocks;
}

function commitmentBlocks(ctx: DocumentContext): Block[] {
  const { handover } = ctx.labels;
  const blocks = answerList(ctx, [
    q('framework', 'form'),
    q('framework', 'frameworks'),
    q('mandate', 'threat-scope'),
    q('framework', 'horizon-start'),
    q('framework', 'horizon-end'),
  ]);
  const principles = (ctx.content.library.reference.principles ?? []).flatMap((principle) => {
    const stagesId = principleStagesQuestion(principle.slug);
    const stages = stagesId ? formatQuestionAnswer(ctx, stagesId) : undefined;
    return stages === undefined ? [] : [definition(principle.label, stages)];
  });
  blocks.push(paragraph({ text: handover.principlesCovered, strong: true }));
  blocks.push(principles.length > 0 ? definitions(principles) : paragraph(handover.noPrinciples));
  return blocks;
}

function budgetBlocks(ctx: DocumentContext): Block[] {
  const { handover, funding } = ctx.labels;
  const rows = ctx.rows(FUNDING_SOURCES);
  const types = ctx.question(FUNDING_SOURCES)?.fieldsByKey?.get('sourceType')?.options;
  const blocks: Block[] = [];
  if (rows.length === 0) blocks.push(paragraph(handover.noBudget));
  else {
    blocks.push(
      table({
        caption: handover.budgetCaption,
        header: [funding.source, funding.type, funding.amount, funding.ends],
        rows: rows.map((row) => [
          typeof row.name === 'string' ? row.name : '',
          typeof row.sourceType === 'string' ? optionLabel(types, row.sourceType) : '',
          typeof row.amount === 'number'
            ? ctx.format.amount(
                row.amount,
                typeof row.currency === 'string' ? row.currency : undefined,
              )
            : '',
          typeof row.endDate === 'string' ? ctx.format.date(row.endDate) : '',
        ]),
        align: ['start', 'start', 'end', 'start'],
      }),
    );
  }
  blocks.push(...answerList(ctx, [q('sustainability', 'annual-budget')]));
  return blocks;
}

function leadBlocks(ctx: DocumentContext): Block[] {
  const { handover } = ctx.labels;
  const blocks = answerList(ctx, [
    q('institutionalisation', 'lead-model'),
    q('institutionalisation', 'lead-entity'),
    q('institutionalisation', 'champion-role'),
    q('institutionalisation', 'network-focal-point'),
  ]);
  const roles = ctx
    .rows(q('sustainability', 'key-roles'))
    .filter((row) => row.kind === 'administrative' && typeof row.role === 'string')
    .map((row) => String(row.role));
  if (roles.length > 0) {
    blocks.push(paragraph({ text: handover.leadsRoles, strong: true }), bulletList(roles));
  }
  const departments = ctx.question(DEPARTMENTS)?.fieldsByKey?.get('department')?.options;
  const focalPoints = ctx
    .rows(DEPARTMENTS)
    .filter((row) => typeof row.focalPointRole === 'string' && typeof row.department === 'string')
    .map((row) =>
      definition(optionLabel(departments, String(row.department)), String(row.focalPointRole)),
    );
  if (focalPoints.length > 0) {
    blocks.push(
      paragraph({ text: handover.leadsDepartments, strong: true }),
      definitions(focalPoints),
    );
  }
  return blocks;
}

function openFindingBlocks(ctx: DocumentContext): Block[] {
  const { handover, severity } = ctx.labels;
  const serious = ctx.evaluation.findings.filter(
    (f) => f.kind === 'gap' && (severityOf(f) === 'critical' || severityOf(f) === 'high'),
  );
  const open = serious.filter((f) => !ctx.acceptedRisks.has(f.ruleId));
  const blocks: Block[] = [];
  if (open.length === 0) blocks.push(paragraph(handover.noOpenFindings));
  else {
    const ranked = SEVERITIES.flatMap((level) => open.filter((f) => severityOf(f) === level));
    blocks.push(
      table({
        caption: handover.openCaption,
        header: [ctx.labels.findings.severity, ctx.labels.findings.finding, handover.firstAction],
        rows: ranked.map((f) => [severity[severityOf(f)], f.title, f.actions[0] ?? '']),
      }),
    );
  }
  const accepted = serious.length - open.length;
  if (accepted > 0) blocks.push(paragraph(fillLabel(handover.acceptedCount, { count: accepted })));
  return blocks;
}

function upcomingBlocks(ctx: DocumentContext): Block[] {
  const { handover } = ctx.labels;
  const dates = collectUpcomingDates(ctx);
  if (dates.length === 0) return [paragraph(handover.noneUpcoming)];
  return [
    table({
      caption: handover.upcomingCaption,
      header: [handover.date, handover.what],
      rows: dates.map((d) => [d.date ? ctx.format.date(d.date) : handover.undated, d.what]),
    }),
  ];
}
