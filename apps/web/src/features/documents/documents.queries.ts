import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StrategyRef } from '../workspace/workspace-api.js';
import { strategiesKey, strategyKey } from '../workspace/workspace.queries.js';
import {
  compareVersions,
  createVersion,
  fetchAudit,
  fetchComments,
  fetchDocument,
  fetchExport,
  fetchNarrative,
  fetchVersions,
  importStrategy,
  postComment,
  startExport,
  startNewCycle,
  transitionVersion,
  type DocumentQuery,
  type NewCycle,
} from './documents-api.js';
import type { AuditFilters, ExportRequest, TransitionRequest } from './documents.types.js';

export const narrativeKey = (ref: StrategyRef) =>
  ['narrative', ref.cityId, ref.strategyId] as const;
export const documentKey = (ref: StrategyRef) => ['document', ref.cityId, ref.strategyId] as const;
export const versionsKey = (ref: StrategyRef) => ['versions', ref.cityId, ref.strategyId] as const;

export function useNarrative(ref: StrategyRef) {
  return useQuery({
    queryKey: narrativeKey(ref),
    queryFn: ({ signal }) => fetchNarrative(ref, signal),
    // Someone else's saved text shows up when the writer comes back to the tab.
    refetchOnWindowFocus: true,
  });
}

export function useStrategyDocument(ref: StrategyRef, query: DocumentQuery) {
  return useQuery({
    queryKey: [
      ...documentKey(ref),
      query.kind,
      query.locale,
      query.audience,
      query.versionId ?? '',
    ],
    queryFn: ({ signal }) => fetchDocument(ref, query, signal),
    select: (data) => data.document,
    // Switching audience keeps the current document on screen until the other one arrives.
    placeholderData: keepPreviousData,
  });
}

const POLL_MS = 1_000;

/** One export job, polled until it is done or failed; the page stays usable meanwhile. */
export function useExportJob(ref: StrategyRef, exportId: string, isEnabled: boolean) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ['export', ref.cityId, ref.strategyId, exportId],
    queryFn: ({ signal }) => fetchExport(ref, exportId, signal),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : POLL_MS;
    },
    staleTime: 0,
  });
}

export function useStartExport(ref: StrategyRef) {
  return useMutation({ mutationFn: (input: ExportRequest) => startExport(ref, input) });
}

export function useImportStrategy(cityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: string; title?: string | undefined }) =>
      importStrategy(cityId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategiesKey(cityId) }),
  });
}

export function useVersions(ref: StrategyRef) {
  return useQuery({
    queryKey: versionsKey(ref),
    queryFn: ({ signal }) => fetchVersions(ref, signal),
  });
}

export function useCreateVersion(ref: StrategyRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => createVersion(ref, label),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: versionsKey(ref) }),
  });
}

export function useCompare(ref: StrategyRef, a: string, b: string) {
  return useQuery({
    queryKey: ['versions-compare', ref.cityId, ref.strategyId, a, b],
    queryFn: ({ signal }) => compareVersions(ref, a, b, signal),
  });
}

/** After a workflow step the lock, the task list and the document's cover may all change. */
export function useTransition(ref: StrategyRef, versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TransitionRequest) => transitionVersion(ref, versionId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: versionsKey(ref) });
      void queryClient.invalidateQueries({ queryKey: strategyKey(ref) });
      void queryClient.invalidateQueries({ queryKey: documentKey(ref) });
      void queryClient.invalidateQueries({ queryKey: narrativeKey(ref) });
    },
  });
}

const commentsKey = (ref: StrategyRef, versionId: string) =>
  ['version-comments', ref.cityId, ref.strategyId, versionId] as const;

export function useComments(ref: StrategyRef, versionId: string) {
  return useQuery({
    queryKey: commentsKey(ref, versionId),
    queryFn: ({ signal }) => fetchComments(ref, versionId, signal),
    select: (data) => data.comments,
  });
}

export function usePostComment(ref: StrategyRef, versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { sectionId: string; text: string }) => postComment(ref, versionId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentsKey(ref, versionId) }),
  });
}

export function useStartNewCycle(ref: StrategyRef, versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCycle) => startNewCycle(ref, versionId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategiesKey(ref.cityId) }),
  });
}

export function useAuditPage(cityId: string, filters: AuditFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['audit', cityId, filters, cursor ?? ''],
    queryFn: ({ signal }) => fetchAudit(cityId, filters, cursor, signal),
    placeholderData: keepPreviousData,
  });
}
