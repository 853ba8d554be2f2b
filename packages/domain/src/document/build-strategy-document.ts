import { buildAnnexChapter } from './chapters/annex.chapter.js';
import { buildContextChapter } from './chapters/context.chapter.js';
import { buildFindingsChapter } from './chapters/findings.chapter.js';
import { buildFrameworkChapter } from './chapters/framework.chapter.js';
import { buildGovernanceChapter } from './chapters/governance.chapter.js';
import { buildResourcesChapter } from './chapters/resources.chapter.js';
import { buildSustainabilityChapter } from './chapters/sustainability.chapter.js';
import { createDocumentContext } from './document-context.js';
import type { BuildStrategyDocumentInput } from './document-input.types.js';
import { buildDocumentMeta } from './document-meta.js';
import {
  STRATEGY_CHAPTER_KEYS,
  type StrategyChapterKey,
  type StrategyDocument,
} from './document.types.js';

/**
 * The strategy a city takes to its council, as one format-neutral document: the chapters of
 * the guide filled from the answers, the findings and the city's own narrative. Every export
 * (Markdown, Word, HTML/PDF) renders this same value, so they cannot drift apart. Pure:
 * the same input gives the same document.
 */
export function buildStrategyDocument(input: BuildStrategyDocumentInput): StrategyDocument {
  const narrative = checkNarrativeKeys(input.narrative ?? {});
  const ctx = createDocumentContext(input);
  const title = input.strategy.title;
  return {
    meta: buildDocumentMeta(ctx, input, { kind: 'strategy', title }),
    chapters: [
      buildContextChapter(ctx, narrative.context),
      buildFrameworkChapter(ctx, narrative.framework),
      buildGovernanceChapter(ctx, narrative.governance),
      buildSustainabilityChapter(ctx, narrative.sustainability),
      buildResourcesChapter(ctx, narrative.resources),
      buildFindingsChapter(ctx, narrative.findings),
      buildAnnexChapter(ctx, narrative.annex),
    ],
  };
}

// A narrative under a key no chapter reads would vanish from the document without a word.
function checkNarrativeKeys(
  narrative: Partial<Record<string, string>>,
): Partial<Record<StrategyChapterKey, string>> {
  const known: readonly string[] = STRATEGY_CHAPTER_KEYS;
  const unknown = Object.keys(narrative).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown narrative chapter ${unknown.map((k) => `"${k}"`).join(', ')}; expected one of ${known.join(', ')}`,
    );
  }
  return narrative;
}
