import { compileContent, type CompiledContent } from '@concord/domain/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../api/types.js';
import {
  createStrategy,
  deleteAcceptedRisk,
  fetchAnswers,
  fetchEvaluation,
  fetchStrategies,
  fetchStrategy,
  fetchStrategyContent,
  putAcceptedRisk,
  putAssignments,
  type NewStrategy,
  type StrategyRef,
} from './workspace-api.js';
import type { StrategyContent } from './workspace.types.js';

export const strategiesKey = (cityId: string) => ['strategies', cityId] as const;
export const strategyKey = (ref: StrategyRef) => ['strategy', ref.cityId, ref.strategyId] as const;
export const answersKey = (ref: StrategyRef) =>
  ['strategy-answers', ref.cityId, ref.strategyId] as const;
export const evaluationKey = (ref: StrategyRef) =>
  ['strategy-evaluation', ref.cityId, ref.strategyId] as const;

export function useStrategies(cityId: string) {
  return useQuery({
    queryKey: strategiesKey(cityId),
    queryFn: ({ signal }) => fetchStrategies(cityId, signal),
    select: (data) => data.strategies,
  });
}

export function useCreateStrategy(cityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewStrategy) => createStrategy(cityId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategiesKey(cityId) }),
  });
}

export function useStrategy(ref: StrategyRef) {
  return useQuery({
    queryKey: strategyKey(ref),
    queryFn: ({ signal }) => fetchStrategy(ref, signal),
  });
}

export function useAnswers(ref: StrategyRef) {
  return useQuery({
    queryKey: answersKey(ref),
    queryFn: ({ signal }) => fetchAnswers(ref, signal),
    // Other people's saves show up when the user comes back to the tab.
    refetchOnWindowFocus: true,
  });
}

export function useServerEvaluation(ref: StrategyRef, locale: Locale) {
  return useQuery({
    queryKey: [...evaluationKey(ref), locale],
    queryFn: ({ signal }) => fetchEvaluation(ref, locale, signal),
  });
}

/** The chapter as data in the reader's language, compiled once for the browser's engine. */
export interface LoadedContent {
  content: StrategyContent;
  compiled: CompiledContent;
}

export function useStrategyContent(locale: Locale) {
  return useQuery({
    queryKey: ['content', 'strategy', locale],
    queryFn: async ({ signal }): Promise<LoadedContent> => {
      const content = await fetchStrategyContent(locale, signal);
      return { content, compiled: compileContent(content.content) };
    },
    staleTime: Infinity,
    // Switching language keeps the page (and its typing) on screen until the new words arrive.
    placeholderData: (previous) => previous,
    // Maps inside the compiled content are not plain data; keep the object as built.
    structuralSharing: false,
  });
}

/** After a save or an acceptance the task list and the server's findings are out of date. */
export function useInvalidateProgress(ref: StrategyRef) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: strategyKey(ref) });
    void queryClient.invalidateQueries({ queryKey: evaluationKey(ref) });
  };
}

export function useAcceptRisk(ref: StrategyRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { ruleId: string; justification: string }) =>
      putAcceptedRisk(ref, input.ruleId, input.justification),
    onSettled: () => queryClient.invalidateQueries({ queryKey: evaluationKey(ref) }),
  });
}

export function useWithdrawRisk(ref: StrategyRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ruleId: string) => deleteAcceptedRisk(ref, ruleId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: evaluationKey(ref) }),
  });
}

export function useSaveAssignments(ref: StrategyRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { sectionId: string; userIds: string[] }) =>
      putAssignments(ref, input.sectionId, input.userIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategyKey(ref) }),
  });
}
