import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';

/**
 * No id, slug or token Concord makes holds a NUL character, and PostgreSQL refuses one in a
 * query, so a path parameter holding `%00` names nothing: it reads as "not found" on every
 * database and every route, before any guard touches the database.
 */
export function registerNulParamGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const params = request.params as Record<string, unknown> | undefined;
    if (!params) return;
    for (const value of Object.values(params)) {
      if (typeof value === 'string' && value.includes('\u0000')) throw new AppError('not_found');
    }
  });
}
