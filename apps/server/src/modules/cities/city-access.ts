import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { couldBeStoredId } from '../../lib/ids.js';
import { requireActor } from '../auth/authenticate.js';
import type { SignedInActor } from '../auth/session.service.js';
import { findMemberRole } from '../members/members.repository.js';
import { type CityAction, type CityResource, can } from './cities.policy.js';
import { cityExists } from './cities.repository.js';
import { isRole } from './roles.js';

/** A signed-in actor together with their standing in the city the request is about. */
export interface CityActor extends SignedInActor {
  city: CityResource;
}

/** What the database says about an actor and one city: their role there, if any. */
export interface CityStanding {
  cityId: string;
  role: string | null;
  exists: boolean;
}

function toCityActor(actor: SignedInActor, standing: CityStanding): CityActor {
  const { cityId, role } = standing;
  if (role !== null && isRole(role)) return { ...actor, city: { cityId, actorRole: role } };
  if (actor.isNetworkAdmin && standing.exists)
    return { ...actor, city: { cityId, actorRole: null } };
  throw new AppError('not_found');
}

/**
 * Resolves the actor's role in a city. Anyone who may not know the city exists gets not_found,
 * exactly as for an id that does not exist: a city's existence is never revealed to outsiders.
 */
export async function resolveCityActor(
  db: Db,
  actor: SignedInActor,
  cityId: string,
): Promise<CityActor> {
  if (!couldBeStoredId(cityId)) throw new AppError('not_found');
  const role = (await findMemberRole(db, cityId, actor.userId)) ?? null;
  const isMember = role !== null && isRole(role);
  const exists = !isMember && actor.isNetworkAdmin ? await cityExists(db, cityId) : false;
  return toCityActor(actor, { cityId, role, exists });
}

/**
 * The caller's standing in the city named by the route's :cityId: 401 when signed out, 404 when
 * they may not know the city. Uses what the session lookup already read when it can.
 */
export async function resolveRequestCityActor(db: Db, request: FastifyRequest): Promise<CityActor> {
  const actor = requireActor(request);
  const { cityId } = request.params as { cityId?: unknown };
  if (typeof cityId !== 'string') throw new AppError('not_found');
  const standing = request.cityStanding;
  if (standing !== null && standing.cityId === cityId) return toCityActor(actor, standing);
  return resolveCityActor(db, actor, cityId);
}

export function assertCan(actor: CityActor, action: CityAction): void {
  if (!can(actor, action, actor.city)) throw new AppError('forbidden');
}
