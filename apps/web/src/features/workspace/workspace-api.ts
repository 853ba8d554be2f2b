import type { AnswerValue } from '@concord/domain/engine';
import { api } from '../../api/api-client.js';
import type { Locale } from '../../api/types.js';
import type {
  AcceptedRisk,
  AnswersResponse,
  ServerEvaluation,
  StoredAnswer,
  Strategy,
  StrategyContent,
  StrategyDetail,
} from './workspace.types.js';

const enc = encodeURIComponent;
const strategiesPath = (cityId: string) => `/cities/${enc(cityId)}/strategies`;
const strategyPath = (cityId: string, strategyId: string) =>
  `${strategiesPath(cityId)}/${enc(strategyId)}`;

/** Identifies one strategy in every call that reads or writes it. */
export interface StrategyRef {
  cityId: string;
  strategyId: string;
}

export interface NewStrategy {
  title: string;
  startYear: number;
  endYear: number;
}

export function fetchStrategies(cityId: string, signal?: AbortSignal) {
  return api.get<{ strategies: Strategy[] }>(strategiesPath(cityId), signal);
}

export function createStrategy(cityId: string, input: NewStrategy) {
  return api.post<{ strategy: Strategy }>(strategiesPath(cityId), input);
}

export function fetchStrategy(ref: StrategyRef, signal?: AbortSignal) {
  return api.get<StrategyDetail>(strategyPath(ref.cityId, ref.strategyId), signal);
}

export function fetchAnswers(ref: StrategyRef, signal?: AbortSignal) {
  return api.get<AnswersResponse>(`${strategyPath(ref.cityId, ref.strategyId)}/answers`, signal);
}

const answerPath = (ref: StrategyRef, questionId: string) =>
  `${strategyPath(ref.cityId, ref.strategyId)}/answers/${enc(questionId)}`;

/** Saves one answer on top of the revision it was based on (0 for a first answer). */
export function putAnswer(
  ref: StrategyRef,
  questionId: string,
  input: { value: AnswerValue; baseRevision: number },
) {
  return api.put<{ answer: StoredAnswer }>(answerPath(ref, questionId), input);
}

/** Clears one answer; the same revision rule applies as for saving. */
export function deleteAnswer(ref: StrategyRef, questionId: string, baseRevision: number) {
  return api.delete(`${answerPath(ref, questionId)}?baseRevision=${baseRevision}`);
}

export function fetchEvaluation(ref: StrategyRef, locale: Locale, signal?: AbortSignal) {
  return api.get<ServerEvaluation>(
    `${strategyPath(ref.cityId, ref.strategyId)}/evaluation?locale=${locale}`,
    signal,
  );
}

const riskPath = (ref: StrategyRef, ruleId: string) =>
  `${strategyPath(ref.cityId, ref.strategyId)}/accepted-risks/${enc(ruleId)}`;

export function putAcceptedRisk(ref: StrategyRef, ruleId: string, justification: string) {
  return api.put<{ acceptedRisk?: AcceptedRisk }>(riskPath(ref, ruleId), { justification });
}

export function deleteAcceptedRisk(ref: StrategyRef, ruleId: string) {
  return api.delete(riskPath(ref, ruleId));
}

export function putAssignments(ref: StrategyRef, sectionId: string, userIds: string[]) {
  return api.put<unknown>(
    `${strategyPath(ref.cityId, ref.strategyId)}/assignments/${enc(sectionId)}`,
    { userIds },
  );
}

export function fetchStrategyContent(locale: Locale, signal?: AbortSignal) {
  return api.get<StrategyContent>(`/content/strategy?locale=${locale}`, signal);
}
