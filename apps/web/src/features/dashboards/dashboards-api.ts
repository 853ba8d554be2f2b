// The three reads the dashboards need (see .team/API-WORKSPACE.md). Dashboards are computed in
// the browser from them with @concord/domain, so no endpoint of their own is required.
import type { AnswerValue, ContentLibrary } from '@concord/domain/engine';
import { api } from '../../api/api-client.js';
import type { Locale } from '../../api/types.js';

const enc = encodeURIComponent;

export interface StrategyRef {
  cityId: string;
  strategyId: string;
}

export interface StrategySummary {
  strategy: {
    id: string;
    title: string;
    startYear: number;
    endYear: number;
    contentVersion: number;
  };
}

export interface SavedAnswers {
  contentVersion: number;
  answers: Record<string, { value: AnswerValue }>;
}

export interface StrategyContentResponse {
  locale: Locale;
  contentVersion: number;
  content: ContentLibrary;
}

const strategyPath = (ref: StrategyRef) =>
  `/cities/${enc(ref.cityId)}/strategies/${enc(ref.strategyId)}`;

export const fetchStrategySummary = (ref: StrategyRef, signal?: AbortSignal) =>
  api.get<StrategySummary>(strategyPath(ref), signal);

export const fetchSavedAnswers = (ref: StrategyRef, signal?: AbortSignal) =>
  api.get<SavedAnswers>(`${strategyPath(ref)}/answers`, signal);

export const fetchContent = (locale: Locale, signal?: AbortSignal) =>
  api.get<StrategyContentResponse>(`/content/strategy?locale=${locale}`, signal);

/** Where the dashboards of a strategy live; the workspace links here. */
export function dashboardsPath(cityId: string, strategyId: string): string {
  return `/cities/${enc(cityId)}/strategies/${enc(strategyId)}/dashboards`;
}

export function strategyHomePath(cityId: string, strategyId: string): string {
  return `/cities/${enc(cityId)}/strategies/${enc(strategyId)}`;
}
