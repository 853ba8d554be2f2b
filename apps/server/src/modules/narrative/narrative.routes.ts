import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import { guardDocument } from '../documents/document-guard.js';
import {
  chapterConflictResponse,
  chapterEnvelope,
  chapterParams,
  narrativeParams,
  narrativeResponse,
  saveChapterBody,
} from './narrative.schemas.js';
import { getNarrative, saveNarrativeChapter } from './narrative.service.js';

export function registerNarrativeRoutes(api: ApiInstance, { db }: RouteContext): void {
  const base = '/cities/:cityId/strategies/:strategyId/narrative';

  api.get(
    base,
    {
      onRequest: guardDocument(db, 'document.view'),
      schema: {
        tags: ['narrative'],
        summary: "The city's own text for each chapter of the strategy document.",
        params: narrativeParams,
        response: { 200: narrativeResponse },
      },
    },
    async (request) => getNarrative(request.params, requireCityActor(request), db),
  );

  api.put(
    `${base}/:chapterKey`,
    {
      onRequest: guardDocument(db, 'narrative.edit'),
      schema: {
        tags: ['narrative'],
        summary:
          'Save one chapter from the revision you started from (city admins, coordinators, editors); 409 with both texts when someone changed it since.',
        params: chapterParams,
        body: saveChapterBody,
        response: { 200: chapterEnvelope, 409: chapterConflictResponse },
      },
    },
    async (request) => ({
      chapter: await saveNarrativeChapter(
        { ...request.params, ...request.body },
        requireCityActor(request),
        db,
      ),
    }),
  );
}
