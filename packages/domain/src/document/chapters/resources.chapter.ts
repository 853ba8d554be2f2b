import type { DocumentContext } from '../document-context.js';
import type { Chapter } from '../document.types.js';
import { buildFundingMix, FUNDING_SOURCES } from './funding-mix.blocks.js';
import { buildResourceMatrix, DEPARTMENTS } from './resource-matrix.js';
import { narrativeBlocks, sectionBlocks } from './section-chapter.js';

/** Chapter 5: what departments contribute and where the money comes from. */
export function buildResourcesChapter(ctx: DocumentContext, narrative?: string): Chapter {
  return {
    key: 'resources',
    title: ctx.labels.chapters.resources,
    blocks: [
      ...narrativeBlocks(narrative),
      ...sectionBlocks(ctx, 'strategy:resources', {
        skip: new Set([DEPARTMENTS]),
        before: buildResourceMatrix(ctx),
      }),
      ...sectionBlocks(ctx, 'strategy:funding', {
        skip: new Set([FUNDING_SOURCES]),
        before: buildFundingMix(ctx),
      }),
    ],
  };
}
