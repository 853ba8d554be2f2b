import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import type { SignedInActor } from '../auth/session.service.js';
import { findMemberRole } from '../members/members.repository.js';
import { type CityAction, type CityResource, can } from './cities.policy.js';
import { cityExists } from './cities.repository.js';
import { isRole } from './roles.js';

/** A signed-in actor together with their standing in the city the request is about. */
export interface CityActor extends SignedInActor {
  city: CityResource;
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
  // No city id holds a NUL character, and PostgreSQL refuses one in a query: not found.
  if (cityId.includes('\u0000')) throw new AppError('not_found');
  const role = await findMemberRole(db, cityId, actor.userId);
  if (role !== undefined && isRole(role)) return { ...actor, city: { cityId, actorRole: role } };
  if (actor.isNetworkAdmin && (await cityExists(db, cityId))) {
    return { ...actor, city: { cityId, actorRole: null } };
  }
  throw new AppError('not_found');
}

export function assertCan(actor: CityActor, action: CityAction): void {
  if (!can(actor, action, actor.city)) throw new AppError('forbidden');
}
