import { STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../../api/api-error.js';
import { DraftStore } from '../workspace/draft-store.js';
import type { Parsed } from '../workspace/parse-raw.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import type { StoredAnswer } from '../workspace/workspace.types.js';
import { putNarrative } from './documents-api.js';
import { documentKey, narrativeKey } from './documents.queries.js';
import type { NarrativeChapter, NarrativeResponse, StrategyChapterKey } from './documents.types.js';

/** The server's limit on one chapter's text. */
export const NARRATIVE_MAX = 100_000;

// One autosave queue per strategy for the page load, as the workspace keeps for answers: a save
// still on its way when the writer moves between chapters is acknowledged by the same queue.
const registry = new WeakMap<QueryClient, Map<string, DraftStore>>();

/**
 * The workspace's autosave (debounced saves with the revision they were based on, kept on this
 * device until acknowledged, retried offline, stopped on a clash) applied to chapter texts:
 * a chapter key plays the part of a question id, its text the part of the answer.
 */
export function useNarrativeStore(ref: StrategyRef, userId: string): DraftStore {
  const queryClient = useQueryClient();
  let stores = registry.get(queryClient);
  if (!stores) {
    stores = new Map();
    registry.set(queryClient, stores);
  }
  const key = `${userId}:${ref.cityId}:${ref.strategyId}`;
  let store = stores.get(key);
  if (!store) {
    store = createNarrativeStore(queryClient, ref, userId);
    stores.set(key, store);
  }
  return store;
}

function createNarrativeStore(
  queryClient: QueryClient,
  ref: StrategyRef,
  userId: string,
): DraftStore {
  const readChapter = (chapterKey: string) =>
    queryClient.getQueryData<NarrativeResponse>(narrativeKey(ref))?.chapters[
      chapterKey as StrategyChapterKey
    ];
  return new DraftStore({
    // Per person: text left on a shared computer is never saved under someone else's name.
    storageKey: `concord.narrative.drafts.${userId}.${ref.cityId}.${ref.strategyId}`,
    save: async (chapterKey, value, baseRevision) => {
      const text = typeof value === 'string' ? value : '';
      try {
        const chapter = await putNarrative(ref, chapterKey as StrategyChapterKey, {
          text,
          baseRevision,
        });
        return toStored(chapter);
      } catch (error) {
        throw asAnswerError(error);
      }
    },
    onStored: (chapterKey, stored) => {
      queryClient.setQueryData<NarrativeResponse>(narrativeKey(ref), (old) =>
        old ? { ...old, chapters: { ...old.chapters, [chapterKey]: fromStored(stored) } } : old,
      );
      void queryClient.invalidateQueries({ queryKey: documentKey(ref) });
    },
    getStored: (chapterKey) => {
      const chapter = readChapter(chapterKey);
      return chapter ? toStored(chapter) : undefined;
    },
    parse: parseChapterText,
  });
}

/** A chapter's typing as the store checks it: text within the server's limit. */
export function parseChapterText(chapterKey: string, raw: unknown): Parsed | null {
  if (!(STRATEGY_CHAPTER_KEYS as readonly string[]).includes(chapterKey)) return null;
  if (typeof raw !== 'string') return null;
  const problems =
    raw.length > NARRATIVE_MAX
      ? [
          {
            path: '',
            messageId: 'documents.narrative.tooLong' as const,
            values: { max: NARRATIVE_MAX },
          },
        ]
      : [];
  // Empty text and no text are the same thing: nothing to save over a chapter never written.
  return { value: raw === '' ? undefined : raw, problems };
}

function toStored(chapter: NarrativeChapter): StoredAnswer {
  return {
    value: chapter.text === '' ? null : chapter.text,
    revision: chapter.revision,
    updatedBy: chapter.updatedBy,
    updatedAt: chapter.updatedAt ?? '',
  };
}

function fromStored(stored: StoredAnswer | null): NarrativeChapter | undefined {
  if (!stored) return undefined;
  return {
    text: typeof stored.value === 'string' ? stored.value : '',
    revision: stored.revision,
    updatedBy: stored.updatedBy,
    updatedAt: stored.updatedAt || null,
  };
}

/**
 * The store understands the answers' errors: a clash carries `current` as a stored answer. A
 * chapter's clash carries the chapter, so it is translated; a locked strategy (approved) is not a
 * clash with a person, so it becomes "not allowed" and the typing stays on this device.
 */
export function asAnswerError(error: unknown): unknown {
  if (!isApiError(error) || error.status !== 409) return error;
  const { details } = error;
  const current = details.current;
  if (details.code === 'locked' || (current !== null && !isChapter(current)))
    return new ApiError({ status: 403, code: 'forbidden', message: error.message, details });
  return new ApiError({
    status: 409,
    code: 'conflict',
    message: error.message,
    details: { ...details, current: current === null ? null : toStored(current) },
  });
}

function isChapter(value: unknown): value is NarrativeChapter {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as NarrativeChapter).text === 'string' &&
    typeof (value as NarrativeChapter).revision === 'number'
  );
}
