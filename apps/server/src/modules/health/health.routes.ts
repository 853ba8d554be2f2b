import { z } from 'zod';
import { isDatabaseReachable } from '../../db/database.js';
import { listPendingMigrations } from '../../db/migrate.js';
import { AppError } from '../../errors/app-error.js';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';

export function registerHealthRoutes(api: ApiInstance, { db }: RouteContext): void {
  api.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'The process is up (does not check the database).',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  api.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Ready for traffic: the database answers and every migration is applied.',
        response: { 200: z.object({ status: z.literal('ready') }) },
      },
    },
    async () => {
      if (!(await isDatabaseReachable(db))) {
        throw new AppError('not_ready', 'The database cannot be reached.');
      }
      const pending = await listPendingMigrations(db);
      if (pending.length > 0) {
        throw new AppError('not_ready', 'The database is not up to date. Run: concord migrate');
      }
      return { status: 'ready' as const };
    },
  );
}
