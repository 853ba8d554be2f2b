import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { strategyIdParams } from '../strategies/strategies.schemas.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import {
  languageCheckBody,
  languageCheckResponse,
  languageFindingsQuery,
  languageFindingsResponse,
} from './language.schemas.js';
import { checkStrategyText, listStrategyLanguageFindings } from './language.service.js';

export function registerLanguageRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  api.post(
    '/cities/:cityId/strategies/:strategyId/language-check',
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: ['language'],
        summary:
          "Flag securitised or contested wording in a text, and key terms the strategy's glossary has not agreed on.",
        params: strategyIdParams,
        body: languageCheckBody,
        response: { 200: languageCheckResponse },
      },
    },
    async (request) =>
      checkStrategyText(
        { strategyId: request.params.strategyId, ...request.body },
        requireCityActor(request),
        db,
        await content.get(),
      ),
  );

  api.get(
    '/cities/:cityId/strategies/:strategyId/language-findings',
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: ['language'],
        summary:
          "The language check over the strategy's answers: each flagged text and the findings LANG-01 and LANG-02.",
        params: strategyIdParams,
        querystring: languageFindingsQuery,
        response: { 200: languageFindingsResponse },
      },
    },
    async (request) =>
      listStrategyLanguageFindings(
        { strategyId: request.params.strategyId, ...request.query },
        requireCityActor(request),
        db,
        await content.get(),
      ),
  );
}
