// The format-neutral strategy document: what every renderer (Markdown, DOCX, HTML/PDF) reads.
// Plain data, JSON-serialisable, so it can cross a worker-thread boundary and be pinned by
// golden files. Text here is never markup: renderers escape every string they write.

/** A piece of text with its emphasis; `href` only ever holds an http, https or mailto address. */
export interface InlineRun {
  text: string;
  strong?: true;
  em?: true;
  href?: string;
}

/** A table cell: a line of runs (cells never hold block structure). */
export type TableCell = InlineRun[];

export type ColumnAlign = 'start' | 'end';

export interface HeadingBlock {
  kind: 'heading';
  /** 2 or 3: level 1 is the chapter title itself. */
  level: 2 | 3;
  runs: InlineRun[];
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: InlineRun[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  /** Each item is a small flow of blocks (paragraphs, nested lists). */
  items: Block[][];
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  header: TableCell[];
  rows: TableCell[][];
  /** One entry per column; absent means every column starts at the reading edge. */
  align?: ColumnAlign[];
}

export interface DefinitionItem {
  term: string;
  details: InlineRun[];
}

export interface DefinitionsBlock {
  kind: 'definitions';
  items: DefinitionItem[];
}

/** A set-apart remark (an accepted risk, a caveat about the figures). */
export interface NoteBlock {
  kind: 'note';
  runs: InlineRun[];
}

export type Block =
  HeadingBlock | ParagraphBlock | ListBlock | TableBlock | DefinitionsBlock | NoteBlock;

export const STRATEGY_CHAPTER_KEYS = [
  'context',
  'framework',
  'governance',
  'sustainability',
  'resources',
  'findings',
  'annex',
] as const;
export type StrategyChapterKey = (typeof STRATEGY_CHAPTER_KEYS)[number];

export const HANDOVER_CHAPTER_KEYS = [
  'mandate',
  'commitments',
  'budget',
  'leads',
  'open-findings',
  'upcoming',
] as const;
export type HandoverChapterKey = (typeof HANDOVER_CHAPTER_KEYS)[number];

export interface Chapter {
  key: StrategyChapterKey | HandoverChapterKey;
  title: string;
  blocks: Block[];
}

export type Direction = 'ltr' | 'rtl';
export type Audience = 'council' | 'public';
export type StrategyStatus = 'draft' | 'in-review' | 'submitted' | 'approved' | 'returned';

/** The council's decision on an approved (or returned) version. */
export interface StrategyDecision {
  body: string;
  /** Decision or motion number. */
  number?: string;
  /** YYYY-MM-DD */
  date: string;
  reference?: string;
}

/** Strings a renderer needs around the content (cover, contents, footer), already localised. */
export interface RendererLabels {
  contents: string;
  page: string;
}

export interface DocumentMeta {
  kind: 'strategy' | 'handover-brief';
  title: string;
  subtitle: string;
  city: { name: string; country: string; languages: string[] };
  /** The document's language as asked for (en, fr, ar). */
  locale: string;
  /** BCP 47 tag for the file formats (en-GB, fr-FR, ar-SA). */
  language: string;
  direction: Direction;
  audience: Audience;
  contentVersion: number;
  /** ISO timestamp, passed in so the same inputs give the same document. */
  generatedAt: string;
  /** Cover-page lines: period, version, status, decision, audience, date. */
  facts: DefinitionItem[];
  labels: RendererLabels;
}

export interface StrategyDocument {
  meta: DocumentMeta;
  chapters: Chapter[];
}
