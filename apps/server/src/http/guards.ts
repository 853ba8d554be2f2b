import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { requireActor } from '../modules/auth/authenticate.js';
import type { CityAction } from '../modules/cities/cities.policy.js';
import {
  type CityActor,
  assertCan,
  resolveRequestCityActor,
} from '../modules/cities/city-access.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `guardCity` on /cities/:cityId routes. */
    cityActor: CityActor | null;
  }
}

/**
 * Route hook for signed-in routes. It runs before body validation, so a signed-out caller
 * learns only that they must sign in, whatever they sent.
 */
export async function requireSignedIn(request: FastifyRequest): Promise<void> {
  requireActor(request);
}

/**
 * Route hook for /cities/:cityId routes: 401 when signed out, 404 when the caller may not know
 * the city, 403 when they may know it but not do this. It runs before validation, so an
 * outsider's malformed request still reads as "not found".
 */
export function guardCity(db: Db, action: CityAction) {
  return async function checkCityAccess(request: FastifyRequest): Promise<void> {
    const cityActor = await resolveRequestCityActor(db, request);
    assertCan(cityActor, action);
    request.cityActor = cityActor;
  };
}

export function requireCityActor(request: FastifyRequest): CityActor {
  if (!request.cityActor) throw new Error('guardCity hook missing on this route');
  return request.cityActor;
}
