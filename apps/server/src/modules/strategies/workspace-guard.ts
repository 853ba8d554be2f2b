import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { resolveRequestCityActor } from '../cities/city-access.js';
import { type WorkspaceAction, assertWorkspaceCan } from './strategies.policy.js';

/**
 * Route hook for workspace routes, like `guardCity` but with the workspace policy: 401 when
 * signed out, 404 when the caller may not know the city, 403 when their role cannot do this.
 * It runs before validation, so an outsider's malformed request still reads as "not found".
 */
export function guardWorkspace(db: Db, action: WorkspaceAction) {
  return async function checkWorkspaceAccess(request: FastifyRequest): Promise<void> {
    const cityActor = await resolveRequestCityActor(db, request);
    assertWorkspaceCan(cityActor, action);
    request.cityActor = cityActor;
  };
}
