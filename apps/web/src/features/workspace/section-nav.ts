import type { CompiledContent, CompiledSection } from '@concord/domain/engine';

/** The next section in the chapter's order, or undefined after the last. */
export function nextSection(
  content: CompiledContent,
  section: CompiledSection,
): CompiledSection | undefined {
  const index = content.sections.findIndex((item) => item.id === section.id);
  return index >= 0 ? content.sections[index + 1] : undefined;
}

export function sectionNumber(content: CompiledContent, section: CompiledSection): number {
  return content.sections.findIndex((item) => item.id === section.id) + 1;
}
