import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { DocumentWorkers } from '../../workers/document-workers.js';
import type { ContentSource } from '../content/content-catalog.js';
import { guardDocument } from './document-guard.js';
import { documentParams, documentQuery, documentResponse } from './documents.schemas.js';
import { getDocument } from './documents.service.js';

export function registerDocumentRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  { content, workers }: { content: ContentSource; workers: DocumentWorkers },
): void {
  api.get(
    '/cities/:cityId/strategies/:strategyId/document',
    {
      onRequest: guardDocument(db, 'document.view'),
      schema: {
        tags: ['documents'],
        summary:
          'The strategy document (or handover brief) as the format-neutral model every export renders.',
        params: documentParams,
        querystring: documentQuery,
        response: { 200: documentResponse },
      },
    },
    async (request, reply) => {
      const json = await getDocument(
        { strategyId: request.params.strategyId, ...request.query },
        requireCityActor(request),
        { db, catalog: await content.get(), workers },
      );
      // Already JSON text, made on the worker: Fastify sends a JSON string as it is, and the
      // response schema above only describes its shape.
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  );
}
