import type { GroupRow } from '../../answers/answers.types.js';
import { computeFundingMix } from '../../engine/funding-mix.js';
import { optionLabel } from '../answer-values.js';
import {
  bulletList,
  definition,
  definitions,
  heading,
  note,
  paragraph,
  table,
} from '../block-builders.js';
import type { DocumentContext } from '../document-context.js';
import type { Block } from '../document.types.js';
import { fillLabel } from '../labels/document-labels.js';

export const FUNDING_SOURCES = 'strategy:funding:q:sources';
const COMPETITIVE_SHARE_SCORE = 'strategy:score:competitive-grant-share';
const HORIZON_END = 'strategy:framework:q:horizon-end';

/**
 * The funding mix as a council reads it: each source with its share and dates, the totals by
 * type of source, how concentrated the money is, how much depends on competitive grants, and
 * which money runs out before the strategy does.
 */
export function buildFundingMix(ctx: DocumentContext): Block[] {
  const rows = ctx.rows(FUNDING_SOURCES);
  if (rows.length === 0) return [];
  const { funding } = ctx.labels;
  const { format } = ctx;
  const typeOptions = ctx.question(FUNDING_SOURCES)?.fieldsByKey?.get('sourceType')?.options;
  const mix = computeFundingMix(rows);
  const currency = mix.currencies.length === 1 ? mix.currencies[0] : undefined;
  const money = (amount: number, rowCurrency?: unknown) =>
    format.amount(amount, typeof rowCurrency === 'string' ? rowCurrency : currency);
  const shareOf = (amount: number) => (mix.total > 0 ? format.percent(amount / mix.total) : '');
  const dateOf = (value: unknown) => (typeof value === 'string' ? format.date(value) : '');

  const blocks: Block[] = [
    heading(3, funding.heading),
    table({
      caption: funding.sourcesCaption,
      header: [
        funding.source,
        funding.type,
        funding.amount,
        funding.share,
        funding.starts,
        funding.ends,
      ],
      rows: rows.map((row) => [
        typeof row.name === 'string' ? row.name : '',
        typeof row.sourceType === 'string' ? optionLabel(typeOptions, row.sourceType) : '',
        typeof row.amount === 'number' ? money(row.amount, row.currency) : '',
        typeof row.amount === 'number' ? shareOf(row.amount) : '',
        dateOf(row.startDate),
        dateOf(row.endDate),
      ]),
      align: ['start', 'start', 'end', 'end', 'start', 'start'],
    }),
    table({
      caption: funding.byTypeCaption,
      header: [funding.type, funding.amount, funding.share],
      rows: [
        ...mix.bySource.map((s) => [
          optionLabel(typeOptions, s.key),
          money(s.amount),
          format.percent(s.share),
        ]),
        [funding.total, money(mix.total), mix.total > 0 ? format.percent(1) : ''],
      ],
      align: ['start', 'end', 'end'],
    }),
  ];

  const figures = [];
  if (mix.herfindahl !== null) {
    const value = format.number(Math.round(mix.herfindahl * 100) / 100);
    figures.push(
      definition(
        funding.concentration,
        mix.herfindahl >= 0.999 ? fillLabel(funding.concentrationOne, { value }) : value,
      ),
    );
  }
  const competitive = ctx.evaluation.scores.find((s) => s.id === COMPETITIVE_SHARE_SCORE)?.value;
  if (typeof competitive === 'number') {
    figures.push(definition(funding.competitiveShare, format.percent(competitive)));
  }
  if (mix.matchRatio !== null) {
    figures.push(
      definition(funding.matchRatio, format.number(Math.round(mix.matchRatio * 100) / 100)),
    );
  }
  if (figures.length > 0) blocks.push(definitions(figures));
  if (mix.isMixedCurrency) {
    blocks.push(note(fillLabel(funding.mixedCurrency, { currencies: mix.currencies.join(', ') })));
  }
  blocks.push(...endingBlocks(ctx, rows));
  return blocks;
}

function endingBlocks(ctx: DocumentContext, rows: GroupRow[]): Block[] {
  const { funding } = ctx.labels;
  const horizon = ctx.answer(HORIZON_END);
  const strategyEnds = typeof horizon === 'string' ? horizon : `${ctx.strategy.endYear}-12-31`;
  const ending = rows.filter(
    (row) => typeof row.endDate === 'string' && row.endDate < strategyEnds,
  );
  const blocks: Block[] = [heading(3, funding.endingHeading)];
  if (ending.length === 0) return [...blocks, paragraph(funding.endingNone)];
  return [
    ...blocks,
    bulletList(
      ending.map((row) =>
        fillLabel(funding.endsOn, {
          name: typeof row.name === 'string' ? row.name : row.id,
          date: ctx.format.date(String(row.endDate)),
        }),
      ),
    ),
  ];
}
