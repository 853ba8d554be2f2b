import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../api/types.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import { answersKey, evaluationKey } from '../workspace/workspace.queries.js';
import {
  closeConsultation,
  createConsultation,
  fetchComments,
  fetchConsultation,
  fetchConsultations,
  fetchLanguageFindings,
  fetchSensitiveMarks,
  linkComment,
  moderateComment,
  publishConsultation,
  putSensitiveMark,
  replyToComment,
  summarizeConsultation,
  updateConsultation,
} from './participation-api.js';
import type { CommentStatus, ConsultationTopic, DraftInput } from './participation.types.js';

const consultationsKey = (ref: StrategyRef) =>
  ['consultations', ref.cityId, ref.strategyId] as const;
const commentsKey = (ref: StrategyRef, id: string) =>
  ['consultation-comments', ref.cityId, ref.strategyId, id] as const;
const sensitiveKey = (ref: StrategyRef) =>
  ['sensitive-answers', ref.cityId, ref.strategyId] as const;

export function useConsultations(ref: StrategyRef) {
  return useQuery({
    queryKey: consultationsKey(ref),
    queryFn: ({ signal }) => fetchConsultations(ref, signal),
    select: (data) => data.consultations,
  });
}

export function useConsultation(ref: StrategyRef, id: string, locale: Locale) {
  return useQuery({
    queryKey: [...consultationsKey(ref), id, locale],
    queryFn: ({ signal }) => fetchConsultation(ref, id, locale, signal),
  });
}

function useInvalidateConsultations(ref: StrategyRef) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: consultationsKey(ref) });
}

export function useCreateConsultation(ref: StrategyRef) {
  const invalidate = useInvalidateConsultations(ref);
  return useMutation({
    mutationFn: (input: DraftInput) => createConsultation(ref, input),
    onSuccess: invalidate,
  });
}

export function useUpdateConsultation(ref: StrategyRef, id: string) {
  const invalidate = useInvalidateConsultations(ref);
  return useMutation({
    mutationFn: (input: Partial<DraftInput>) => updateConsultation(ref, id, input),
    onSuccess: invalidate,
  });
}

export function useConsultationAction(ref: StrategyRef, id: string) {
  const invalidate = useInvalidateConsultations(ref);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: 'publish' | 'close' | 'summary') => {
      if (action === 'publish') return publishConsultation(ref, id);
      if (action === 'close') return closeConsultation(ref, id);
      return summarizeConsultation(ref, id);
    },
    onSuccess: async (_data, action) => {
      await invalidate();
      if (action === 'summary') {
        // The summary is a new answer: findings and answers change with it.
        await queryClient.invalidateQueries({ queryKey: answersKey(ref) });
        await queryClient.invalidateQueries({ queryKey: evaluationKey(ref) });
      }
    },
  });
}

export function useComments(ref: StrategyRef, id: string, status: CommentStatus | undefined) {
  return useQuery({
    queryKey: [...commentsKey(ref, id), status ?? 'all'],
    queryFn: ({ signal }) => fetchComments(ref, id, status, signal),
    select: (data) => data.comments,
  });
}

export type CommentChange =
  | {
      kind: 'moderate';
      status: 'approved' | 'rejected';
      topic?: ConsultationTopic;
      reason?: string;
    }
  | { kind: 'reply'; text: string }
  | { kind: 'link'; questionId: string; note: string };

export function useChangeComment(ref: StrategyRef, id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateConsultations(ref);
  return useMutation({
    mutationFn: ({ commentId, change }: { commentId: string; change: CommentChange }) => {
      if (change.kind === 'moderate') {
        const { kind: _kind, ...input } = change;
        return moderateComment(ref, id, commentId, input);
      }
      if (change.kind === 'reply') return replyToComment(ref, id, commentId, change.text);
      return linkComment(ref, id, commentId, { questionId: change.questionId, note: change.note });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: commentsKey(ref, id) });
      await invalidate();
    },
  });
}

export function useSensitiveMarks(ref: StrategyRef) {
  return useQuery({
    queryKey: sensitiveKey(ref),
    queryFn: ({ signal }) => fetchSensitiveMarks(ref, signal),
  });
}

export function usePutSensitiveMark(ref: StrategyRef) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateConsultations(ref);
  return useMutation({
    mutationFn: (input: { questionId: string; whole: boolean; rowIds: string[] }) =>
      putSensitiveMark(ref, input.questionId, { whole: input.whole, rowIds: input.rowIds }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sensitiveKey(ref) });
      await invalidate();
    },
  });
}

export function useLanguageFindings(ref: StrategyRef, locale: Locale) {
  return useQuery({
    queryKey: ['language-findings', ref.cityId, ref.strategyId, locale],
    queryFn: ({ signal }) => fetchLanguageFindings(ref, locale, signal),
  });
}
