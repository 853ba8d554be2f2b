import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { guardDocument } from '../documents/document-guard.js';
import { strategyEnvelope } from '../strategies/strategies.schemas.js';
import { IMPORT_MAX_CHARS, importBody, importParams } from './imports.schemas.js';
import { importStrategy } from './imports.service.js';

// JSON escaping can double a file's size in the request body.
const IMPORT_BODY_LIMIT = 2 * IMPORT_MAX_CHARS + 1024 * 1024;

export function registerImportRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  api.post(
    '/cities/:cityId/strategies/import',
    {
      onRequest: guardDocument(db, 'strategy.import'),
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['strategies'],
        summary:
          'Import a portable strategy file as a new strategy (city admins, coordinators). A file that is not a Concord export, is from a newer version or is damaged is refused with import_invalid; nothing is written.',
        params: importParams,
        body: importBody,
        response: { 201: strategyEnvelope },
      },
    },
    async (request, reply) => {
      const strategy = await importStrategy(
        request.body,
        requireCityActor(request),
        db,
        await content.get(),
      );
      return reply.code(201).send({ strategy });
    },
  );
}
