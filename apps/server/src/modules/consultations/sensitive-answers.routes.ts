import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { strategyIdParams } from '../strategies/strategies.schemas.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import {
  sensitiveAnswerParams,
  sensitiveMarkBody,
  sensitiveMarkEnvelope,
  sensitiveMarkListResponse,
} from './sensitive-answers.schemas.js';
import { listSensitiveMarks, markSensitive } from './sensitive-answers.service.js';

export function registerSensitiveAnswerRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  const base = '/cities/:cityId/strategies/:strategyId/sensitive-answers';

  api.get(
    base,
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: ['participation'],
        summary: 'Answers and rows kept off public pages, and the questions sensitive by content.',
        params: strategyIdParams,
        response: { 200: sensitiveMarkListResponse },
      },
    },
    async (request) =>
      listSensitiveMarks(request.params, requireCityActor(request), db, await content.get()),
  );

  api.put(
    `${base}/:questionId`,
    {
      onRequest: guardWorkspace(db, 'strategy.manage'),
      schema: {
        tags: ['participation'],
        summary:
          'Mark an answer, or some rows of it, sensitive: never shown on a public page (city admins, coordinators).',
        params: sensitiveAnswerParams,
        body: sensitiveMarkBody,
        response: { 200: sensitiveMarkEnvelope },
      },
    },
    async (request) => ({
      mark: await markSensitive(
        { ...request.params, ...request.body },
        requireCityActor(request),
        db,
        await content.get(),
      ),
    }),
  );
}
