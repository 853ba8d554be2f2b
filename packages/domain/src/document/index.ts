// "@concord/domain/document": the format-neutral strategy document and handover brief that
// every export renders. Pure; no zod at runtime; markdown-it parses the narrative chapters.
export { buildStrategyDocument } from './build-strategy-document.js';
export { buildHandoverBrief } from './build-handover-brief.js';
export { parseNarrative } from './narrative-markdown.js';
export { isSafeHref } from './safe-href.js';
export {
  createValueFormatter,
  isRightToLeft,
  languageTag,
  type ValueFormatter,
} from './format-values.js';
export { selectLabels, type DocumentLabels } from './labels/document-labels.js';
export type * from './document.types.js';
export { STRATEGY_CHAPTER_KEYS, HANDOVER_CHAPTER_KEYS } from './document.types.js';
export type * from './document-input.types.js';
export { buildDemoDocumentInput, type DemoDocumentOptions } from './demo-input.js';
