import type { DocumentContext } from '../document-context.js';
import type { Chapter } from '../document.types.js';
import { narrativeBlocks, sectionBlocks } from './section-chapter.js';

/** Chapter 1: where the city's role comes from, who knows about it and how far it reaches. */
export function buildContextChapter(ctx: DocumentContext, narrative?: string): Chapter {
  return {
    key: 'context',
    title: ctx.labels.chapters.context,
    blocks: [
      ...narrativeBlocks(narrative),
      ...sectionBlocks(ctx, 'strategy:mandate'),
      ...sectionBlocks(ctx, 'strategy:awareness'),
      ...sectionBlocks(ctx, 'strategy:sufficiency'),
    ],
  };
}
