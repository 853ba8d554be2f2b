import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import { auditQuery } from '../audit/audit.schemas.js';
import { cityIdParams } from '../cities/cities.schemas.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import { exportAuditCsv } from './audit-csv.service.js';
import { describeAttachment } from './export-formats.js';
import { fileResponse } from './exports.schemas.js';

const auditCsvQuery = auditQuery.omit({ limit: true, cursor: true });

export function registerAuditCsvRoutes(api: ApiInstance, { db }: RouteContext): void {
  api.get(
    '/cities/:cityId/audit.csv',
    {
      onRequest: guardWorkspace(db, 'audit.view'),
      schema: {
        tags: ['audit'],
        summary:
          'The audit log as CSV, with the filters of /audit (city admins, coordinators); no cell can run as a formula.',
        params: cityIdParams,
        querystring: auditCsvQuery,
        response: { 200: fileResponse },
      },
    },
    async (request, reply) => {
      const csv = await exportAuditCsv(request.query, requireCityActor(request), db);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', describeAttachment(`audit-log-${day}.csv`))
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  );
}
