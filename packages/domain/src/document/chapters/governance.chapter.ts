import type { DocumentContext } from '../document-context.js';
import type { Chapter } from '../document.types.js';
import { narrativeBlocks, sectionBlocks } from './section-chapter.js';

/** Chapter 3: who leads, the network around the lead, the champion role and coordination. */
export function buildGovernanceChapter(ctx: DocumentContext, narrative?: string): Chapter {
  return {
    key: 'governance',
    title: ctx.labels.chapters.governance,
    blocks: [...narrativeBlocks(narrative), ...sectionBlocks(ctx, 'strategy:institutionalisation')],
  };
}
