import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import type { RouteContext } from '../../http/api-instance.js';
import { readSessionToken } from './session-cookie.js';
import { type SignedInActor, resolveSession } from './session.service.js';

/** onRequest hook for the API: turns the session cookie (if any) into `request.actor`. */
export function createSessionResolver({ config, db }: RouteContext) {
  return async function resolveActor(request: FastifyRequest): Promise<void> {
    const token = readSessionToken(request, config.sessionCookie);
    request.actor = token ? await resolveSession(db, token, new Date()) : null;
  };
}

export function requireActor(request: FastifyRequest): SignedInActor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
