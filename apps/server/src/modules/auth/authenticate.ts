import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import type { RouteContext } from '../../http/api-instance.js';
import { couldBeStoredId } from '../../lib/ids.js';
import { readSessionToken } from './session-cookie.js';
import { type SignedInActor, resolveSession } from './session.service.js';

/** The :cityId of a city route, when it is one the database could hold. */
function routeCityId(request: FastifyRequest): string | undefined {
  const { cityId } = (request.params ?? {}) as { cityId?: unknown };
  return typeof cityId === 'string' && couldBeStoredId(cityId) ? cityId : undefined;
}

/**
 * onRequest hook for the API: turns the session cookie (if any) into `request.actor`. On a
 * /cities/:cityId route it also reads the actor's role in that city in the same query
 * (`request.cityStanding`), which the city guards then use instead of asking again.
 */
export function createSessionResolver({ config, db }: RouteContext) {
  return async function resolveActor(request: FastifyRequest): Promise<void> {
    const token = readSessionToken(request, config.sessionCookie);
    if (!token) return;
    const resolved = await resolveSession(db, token, new Date(), routeCityId(request));
    request.actor = resolved?.actor ?? null;
    request.cityStanding = resolved?.city ?? null;
  };
}

export function requireActor(request: FastifyRequest): SignedInActor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
