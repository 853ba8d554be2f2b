import {
  compileContent,
  deriveDashboards,
  evaluate,
  type AnswerValue,
  type Dashboards,
} from '@concord/domain/engine';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Locale } from '../../api/types.js';
import {
  fetchContent,
  fetchSavedAnswers,
  fetchStrategySummary,
  type StrategyRef,
  type StrategySummary,
} from './dashboards-api.js';

export type DashboardData =
  | { status: 'pending' }
  | { status: 'error'; error: unknown }
  | { status: 'version-mismatch'; answersVersion: number; contentVersion: number }
  | {
      status: 'ready';
      strategy: StrategySummary['strategy'];
      dashboards: Dashboards;
      today: string;
    };

/**
 * Loads the strategy, its saved answers and the content in the reader's language, and derives
 * every dashboard in the browser with the same engine the server runs.
 */
export function useDashboardData(ref: StrategyRef, locale: Locale): DashboardData {
  const strategy = useQuery({
    queryKey: ['dashboards', 'strategy', ref.cityId, ref.strategyId],
    queryFn: ({ signal }) => fetchStrategySummary(ref, signal),
  });
  const answers = useQuery({
    queryKey: ['dashboards', 'answers', ref.cityId, ref.strategyId],
    queryFn: ({ signal }) => fetchSavedAnswers(ref, signal),
    // Answers change while people work: always show the latest saved ones on arrival.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
  const content = useQuery({
    queryKey: ['dashboards', 'content', locale],
    queryFn: async ({ signal }) => {
      const response = await fetchContent(locale, signal);
      return { version: response.contentVersion, compiled: compileContent(response.content) };
    },
    staleTime: Infinity,
    // The compiled content holds Maps: keep the object as built.
    structuralSharing: false,
  });
  const today = localToday();

  const failure = [strategy, answers, content].find((q) => q.isError)?.error ?? null;
  const [summary, saved, loaded] = [strategy.data, answers.data, content.data];

  return useMemo((): DashboardData => {
    if (failure) return { status: 'error', error: failure };
    if (!summary || !saved || !loaded) return { status: 'pending' };
    const { compiled } = loaded;
    if (saved.contentVersion !== compiled.version)
      return {
        status: 'version-mismatch',
        answersVersion: saved.contentVersion,
        contentVersion: compiled.version,
      };
    const values: Record<string, AnswerValue> = {};
    for (const [id, answer] of Object.entries(saved.answers)) values[id] = answer.value;
    const stored = { contentVersion: compiled.version, values };
    try {
      const evaluation = evaluate(compiled, stored, { today });
      return {
        status: 'ready',
        strategy: summary.strategy,
        dashboards: deriveDashboards({ content: compiled, answers: stored, evaluation, today }),
        today,
      };
    } catch (error) {
      // The engine throws only on misuse (for example content it does not understand).
      return { status: 'error', error };
    }
  }, [failure, summary, saved, loaded, today]);
}

/** The reader's calendar date: deadlines are judged on the day the official sees. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
