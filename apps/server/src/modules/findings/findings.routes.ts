import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { strategyIdParams } from '../strategies/strategies.schemas.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import { evaluationQuery, strategyEvaluationResponse } from './findings.schemas.js';
import { getStrategyEvaluation } from './findings.service.js';

export function registerFindingRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  api.get(
    '/cities/:cityId/strategies/:strategyId/evaluation',
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: ['findings'],
        summary:
          'Findings, scores and progress from the stored answers (same engine as the browser), with accepted risks.',
        params: strategyIdParams,
        querystring: evaluationQuery,
        response: { 200: strategyEvaluationResponse },
      },
    },
    async (request) =>
      getStrategyEvaluation(
        { strategyId: request.params.strategyId, locale: request.query.locale },
        requireCityActor(request),
        db,
        await content.get(),
      ),
  );
}
