import { api } from '../../api/api-client.js';
import type { Locale } from '../../api/types.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import type {
  Comment,
  CommentStatus,
  Consultation,
  ConsultationDetail,
  ConsultationTopic,
  DraftInput,
  LanguageFinding,
  SensitiveMark,
} from './participation.types.js';

const enc = encodeURIComponent;
const strategyPath = (ref: StrategyRef) =>
  `/cities/${enc(ref.cityId)}/strategies/${enc(ref.strategyId)}`;
const consultationsPath = (ref: StrategyRef) => `${strategyPath(ref)}/consultations`;
const consultationPath = (ref: StrategyRef, id: string) => `${consultationsPath(ref)}/${enc(id)}`;
const commentPath = (ref: StrategyRef, id: string, commentId: string) =>
  `${consultationPath(ref, id)}/comments/${enc(commentId)}`;

export function fetchConsultations(ref: StrategyRef, signal?: AbortSignal) {
  return api.get<{ consultations: Consultation[] }>(consultationsPath(ref), signal);
}

export function createConsultation(ref: StrategyRef, input: DraftInput) {
  return api.post<{ consultation: Consultation }>(consultationsPath(ref), input);
}

export function fetchConsultation(
  ref: StrategyRef,
  id: string,
  locale: Locale,
  signal?: AbortSignal,
) {
  return api.get<ConsultationDetail>(`${consultationPath(ref, id)}?locale=${locale}`, signal);
}

export function updateConsultation(ref: StrategyRef, id: string, input: Partial<DraftInput>) {
  return api.patch<{ consultation: Consultation }>(consultationPath(ref, id), input);
}

export function publishConsultation(ref: StrategyRef, id: string) {
  return api.post<{ consultation: Consultation }>(`${consultationPath(ref, id)}/publish`);
}

export function closeConsultation(ref: StrategyRef, id: string) {
  return api.post<{ consultation: Consultation }>(`${consultationPath(ref, id)}/close`);
}

export function summarizeConsultation(ref: StrategyRef, id: string) {
  return api.post<{ row: Record<string, unknown> }>(`${consultationPath(ref, id)}/summary`);
}

export function fetchComments(
  ref: StrategyRef,
  id: string,
  status: CommentStatus | undefined,
  signal?: AbortSignal,
) {
  const query = status ? `?status=${status}` : '';
  return api.get<{ comments: Comment[] }>(`${consultationPath(ref, id)}/comments${query}`, signal);
}

export function moderateComment(
  ref: StrategyRef,
  id: string,
  commentId: string,
  input: { status: 'approved' | 'rejected'; topic?: ConsultationTopic; reason?: string },
) {
  return api.put<{ comment: Comment }>(`${commentPath(ref, id, commentId)}/moderation`, input);
}

export function replyToComment(ref: StrategyRef, id: string, commentId: string, text: string) {
  return api.put<{ comment: Comment }>(`${commentPath(ref, id, commentId)}/reply`, { text });
}

export function linkComment(
  ref: StrategyRef,
  id: string,
  commentId: string,
  input: { questionId: string; note: string },
) {
  return api.put<{ comment: Comment }>(`${commentPath(ref, id, commentId)}/link`, input);
}

export function fetchSensitiveMarks(ref: StrategyRef, signal?: AbortSignal) {
  return api.get<{ marks: SensitiveMark[]; sensitiveQuestionIds: string[] }>(
    `${strategyPath(ref)}/sensitive-answers`,
    signal,
  );
}

export function putSensitiveMark(
  ref: StrategyRef,
  questionId: string,
  input: { whole: boolean; rowIds: string[] },
) {
  return api.put<{ mark: SensitiveMark }>(
    `${strategyPath(ref)}/sensitive-answers/${enc(questionId)}`,
    input,
  );
}

export function fetchLanguageFindings(ref: StrategyRef, locale: Locale, signal?: AbortSignal) {
  return api.get<{ textLocale: string; findings: LanguageFinding[] }>(
    `${strategyPath(ref)}/language-findings?locale=${locale}`,
    signal,
  );
}
