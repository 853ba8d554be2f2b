import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import { cityIdParams } from '../cities/cities.schemas.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import { auditListResponse, auditQuery } from './audit.schemas.js';
import { listAuditEntries } from './audit.service.js';

export function registerAuditRoutes(api: ApiInstance, { db }: RouteContext): void {
  api.get(
    '/cities/:cityId/audit',
    {
      onRequest: guardWorkspace(db, 'audit.view'),
      schema: {
        tags: ['audit'],
        summary: 'Every change in the city, newest first (city admins and coordinators).',
        params: cityIdParams,
        querystring: auditQuery,
        response: { 200: auditListResponse },
      },
    },
    async (request) => listAuditEntries(request.query, requireCityActor(request), db),
  );
}
