import type { DocumentContext } from '../document-context.js';
import type { Chapter } from '../document.types.js';
import { narrativeBlocks, sectionBlocks } from './section-chapter.js';

/** Chapter 4: legal basis, budget and the political calendar the strategy has to outlast. */
export function buildSustainabilityChapter(ctx: DocumentContext, narrative?: string): Chapter {
  return {
    key: 'sustainability',
    title: ctx.labels.chapters.sustainability,
    blocks: [...narrativeBlocks(narrative), ...sectionBlocks(ctx, 'strategy:sustainability')],
  };
}
