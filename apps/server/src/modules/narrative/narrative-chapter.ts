import { STRATEGY_CHAPTER_KEYS, type StrategyChapterKey } from '@concord/domain/document';
import type { NarrativeChapterRow } from '../../db/tables.js';

export const NARRATIVE_MAX_LENGTH = 100_000;

/** The city's own text for one chapter; revision 0 and empty text when never written. */
export interface NarrativeChapter {
  chapterKey: StrategyChapterKey;
  text: string;
  revision: number;
  updatedBy: { userId: string; name: string } | null;
  updatedAt: string | null;
}

export type NarrativeRowWithAuthor = NarrativeChapterRow & { updated_by_name: string | null };

export function isChapterKey(value: string): value is StrategyChapterKey {
  return (STRATEGY_CHAPTER_KEYS as readonly string[]).includes(value);
}

export function emptyChapter(chapterKey: StrategyChapterKey): NarrativeChapter {
  return { chapterKey, text: '', revision: 0, updatedBy: null, updatedAt: null };
}

export function narrativeRowToChapter(row: NarrativeRowWithAuthor): NarrativeChapter {
  return {
    // Only chapter keys are ever written (the route checks them).
    chapterKey: row.chapter_key as StrategyChapterKey,
    text: row.text,
    revision: row.revision,
    updatedBy:
      row.updated_by !== null && row.updated_by_name !== null
        ? { userId: row.updated_by, name: row.updated_by_name }
        : null,
    updatedAt: row.updated_at,
  };
}

/** The non-empty chapters as the document model reads them: `{ [chapterKey]: markdown }`. */
export function toNarrativeTexts(
  chapters: readonly Pick<NarrativeChapter, 'chapterKey' | 'text'>[],
): Partial<Record<StrategyChapterKey, string>> {
  return Object.fromEntries(
    chapters.filter((c) => c.text.trim() !== '').map((c) => [c.chapterKey, c.text]),
  );
}
