import { z } from 'zod';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import { acceptRiskBody, acceptedRiskEnvelope, riskParams } from './accepted-risks.schemas.js';
import { acceptRisk, withdrawRisk } from './accepted-risks.service.js';

export function registerAcceptedRiskRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  const path = '/cities/:cityId/strategies/:strategyId/accepted-risks/:ruleId';

  api.put(
    path,
    {
      onRequest: guardWorkspace(db, 'risks.manage'),
      schema: {
        tags: ['findings'],
        summary:
          'Accept a gap as a known risk, with the reason (city admins, coordinators). Recorded in the audit log.',
        params: riskParams,
        body: acceptRiskBody,
        response: { 200: acceptedRiskEnvelope },
      },
    },
    async (request) => ({
      acceptedRisk: await acceptRisk(
        { ...request.params, ...request.body },
        requireCityActor(request),
        db,
        await content.get(),
      ),
    }),
  );

  api.delete(
    path,
    {
      onRequest: guardWorkspace(db, 'risks.manage'),
      schema: {
        tags: ['findings'],
        summary: 'Withdraw an accepted risk: the gap counts again.',
        params: riskParams,
        response: { 204: z.null().describe('Withdrawn') },
      },
    },
    async (request, reply) => {
      await withdrawRisk(request.params, requireCityActor(request), db, await content.get());
      return reply.code(204).send(null);
    },
  );
}
