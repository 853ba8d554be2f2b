import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import { cityIdParams } from '../cities/cities.schemas.js';
import type { ContentSource } from '../content/content-catalog.js';
import {
  createStrategyBody,
  strategyDetailResponse,
  strategyEnvelope,
  strategyIdParams,
  strategyListResponse,
  updateStrategyBody,
} from './strategies.schemas.js';
import {
  changeStrategy,
  createStrategy,
  getStrategyDetail,
  listStrategies,
} from './strategies.service.js';
import { guardWorkspace } from './workspace-guard.js';

export function registerStrategyRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  api.get(
    '/cities/:cityId/strategies',
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: ['strategies'],
        summary: "The city's strategy cycles, newest first.",
        params: cityIdParams,
        response: { 200: strategyListResponse },
      },
    },
    async (request) => ({ strategies: await listStrategies(requireCityActor(request), db) }),
  );

  api.post(
    '/cities/:cityId/strategies',
    {
      onRequest: guardWorkspace(db, 'strategy.manage'),
      schema: {
        tags: ['strategies'],
        summary:
          'Start a strategy cycle (city admins, coordinators), pinned to the current content version.',
        params: cityIdParams,
        body: createStrategyBody,
        response: { 201: strategyEnvelope },
      },
    },
    async (request, reply) => {
      const strategy = await createStrategy(
        request.body,
        requireCityActor(request),
        db,
        await content.get(),
      );
      return reply.code(201).send({ strategy });
    },
  );

  api.get(
    '/cities/:cityId/strategies/:strategyId',
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: ['strategies'],
        summary: 'A strategy with its task list: section status, assignees, what you may do.',
        params: strategyIdParams,
        response: { 200: strategyDetailResponse },
      },
    },
    async (request) =>
      getStrategyDetail(request.params, requireCityActor(request), db, await content.get()),
  );

  api.patch(
    '/cities/:cityId/strategies/:strategyId',
    {
      onRequest: guardWorkspace(db, 'strategy.manage'),
      schema: {
        tags: ['strategies'],
        summary: 'Change the title, years or status (city admins, coordinators).',
        params: strategyIdParams,
        body: updateStrategyBody,
        response: { 200: strategyEnvelope },
      },
    },
    async (request) => ({
      strategy: await changeStrategy(
        { strategyId: request.params.strategyId, ...request.body },
        requireCityActor(request),
        db,
      ),
    }),
  );
}
