import { renderSectionAnswers } from '../answer-blocks.js';
import { heading, paragraph } from '../block-builders.js';
import type { DocumentContext } from '../document-context.js';
import type { Block } from '../document.types.js';
import { parseNarrative } from '../narrative-markdown.js';

/** The city's own text for a chapter, first, as the chapter's introduction. */
export function narrativeBlocks(markdown: string | undefined): Block[] {
  return markdown && markdown.trim() !== '' ? parseNarrative(markdown) : [];
}

export function sectionTitle(ctx: DocumentContext, sectionId: string): string {
  return ctx.content.sectionsById.get(sectionId)?.source.title ?? sectionId;
}

/**
 * A content section under its own heading, answers shown the generic way; `before` holds
 * the section's own tables (a matrix, a funding mix) shown ahead of the other answers.
 */
export function sectionBlocks(
  ctx: DocumentContext,
  sectionId: string,
  options: { skip?: ReadonlySet<string>; before?: Block[] } = {},
): Block[] {
  const body = [...(options.before ?? []), ...renderSectionAnswers(ctx, sectionId, options.skip)];
  if (body.length === 0) body.push(paragraph(ctx.labels.noAnswers));
  return [heading(2, sectionTitle(ctx, sectionId)), ...body];
}
