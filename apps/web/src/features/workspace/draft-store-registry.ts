import type { AnswerValue, CompiledContent, GroupRow } from '@concord/domain/engine';
import { evaluateCondition } from '@concord/domain/engine';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { DraftStore, type DraftSnapshot } from './draft-store.js';
import { checkQuestionDatePair, parseRaw, type ParseOptions } from './parse-raw.js';
import { deleteAnswer, putAnswer, type StrategyRef } from './workspace-api.js';
import { answersKey, evaluationKey, strategyKey } from './workspace.queries.js';
import type { AnswersResponse, StoredAnswer } from './workspace.types.js';

interface Entry {
  store: DraftStore;
  /** The compiled content the store checks typing against; refreshed by each page. */
  holder: { compiled: CompiledContent };
}

// One autosave queue per strategy for as long as the query client lives (the page load). Pages
// remount on every navigation (the layout's error boundary is keyed by path), and a save still
// on its way must be acknowledged by the same queue, or it would conflict with itself.
const registry = new WeakMap<QueryClient, Map<string, Entry>>();

export function useDraftStore(
  ref: StrategyRef,
  userId: string,
  compiled: CompiledContent,
): DraftStore {
  const queryClient = useQueryClient();
  let entries = registry.get(queryClient);
  if (!entries) {
    entries = new Map();
    registry.set(queryClient, entries);
  }
  const key = `${userId}:${ref.cityId}:${ref.strategyId}`;
  let entry = entries.get(key);
  if (!entry) {
    entry = createEntry(queryClient, ref, userId, compiled);
    entries.set(key, entry);
  }
  entry.holder.compiled = compiled;
  return entry.store;
}

export function useDraftSnapshot(store: DraftStore): DraftSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

function createEntry(
  queryClient: QueryClient,
  ref: StrategyRef,
  userId: string,
  compiled: CompiledContent,
): Entry {
  const holder = { compiled };
  const readAnswers = () => queryClient.getQueryData<AnswersResponse>(answersKey(ref));
  const store = new DraftStore({
    // Per person: drafts left on a shared computer never get saved under someone else's name.
    storageKey: `concord.workspace.drafts.${userId}.${ref.cityId}.${ref.strategyId}`,
    save: async (questionId, value, baseRevision) => {
      if (value === undefined) {
        await deleteAnswer(ref, questionId, baseRevision);
        return null;
      }
      const { answer } = await putAnswer(ref, questionId, { value, baseRevision });
      return answer;
    },
    onStored: (questionId, answer) => {
      queryClient.setQueryData<AnswersResponse>(answersKey(ref), (old) =>
        old ? { ...old, answers: withAnswer(old.answers, questionId, answer) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: strategyKey(ref) });
      void queryClient.invalidateQueries({ queryKey: evaluationKey(ref) });
    },
    getStored: (questionId) => readAnswers()?.answers[questionId],
    parse: (questionId, raw) => {
      const question = holder.compiled.questions.get(questionId);
      if (!question) return null;
      const parsed = parseRaw(question, raw, rowFieldOptions(holder.compiled, readAnswers()));
      const across = checkQuestionDatePair(questionId, parsed.value, (id) => {
        const value = readAnswers()?.answers[id]?.value;
        return value === null ? undefined : value;
      });
      return { ...parsed, problems: [...parsed.problems, ...across] };
    },
  });
  return { store, holder };
}

function withAnswer(
  answers: Record<string, StoredAnswer>,
  questionId: string,
  answer: StoredAnswer | null,
): Record<string, StoredAnswer> {
  const next = { ...answers };
  // A cleared answer keeps its revision on the server but is listed as no answer.
  if (answer && answer.value !== null) next[questionId] = answer;
  else delete next[questionId];
  return next;
}

/** Row fields whose `when` does not hold are neither checked nor saved. */
export function rowFieldOptions(
  compiled: CompiledContent,
  answers: AnswersResponse | undefined,
  today = new Date().toISOString().slice(0, 10),
): ParseOptions {
  const values = new Map(
    Object.entries(answers?.answers ?? {})
      .filter(
        (entry): entry is [string, StoredAnswer & { value: AnswerValue }] =>
          entry[1].value !== null,
      )
      .map(([id, answer]) => [id, answer.value]),
  );
  return {
    fieldApplies: (field, row: GroupRow) =>
      !field.when || evaluateCondition(field.when, { values, today, row }),
  };
}
