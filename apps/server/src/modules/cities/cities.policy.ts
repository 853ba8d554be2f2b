import type { Role } from './roles.js';

/** Who is acting. Built from the session on every request. */
export interface Actor {
  userId: string;
  isNetworkAdmin: boolean;
}

/** A city as seen by the actor: their role there, or null when they are not a member. */
export interface CityResource {
  cityId: string;
  actorRole: Role | null;
}

export type CityAction =
  'city.view' | 'city.edit' | 'members.view' | 'members.manage' | 'strategy.edit';

const EVERY_ROLE: readonly Role[] = [
  'city-admin',
  'coordinator',
  'editor',
  'contributor',
  'viewer',
];

/**
 * The whole city policy in one table. Contributors will edit only the sections assigned to them;
 * that finer rule belongs to the strategy module, so here they do not get `strategy.edit`.
 */
const ROLE_PERMISSIONS: Record<CityAction, readonly Role[]> = {
  'city.view': EVERY_ROLE,
  'city.edit': ['city-admin'],
  'members.view': EVERY_ROLE,
  'members.manage': ['city-admin'],
  'strategy.edit': ['city-admin', 'coordinator', 'editor'],
};

/** A network admin who is not a member may look at any city (read-only), never change it. */
const NETWORK_ADMIN_PERMISSIONS: ReadonlySet<CityAction> = new Set(['city.view', 'members.view']);

export function can(actor: Actor, action: CityAction, city: CityResource): boolean {
  if (city.actorRole !== null && ROLE_PERMISSIONS[action].includes(city.actorRole)) return true;
  return actor.isNetworkAdmin && NETWORK_ADMIN_PERMISSIONS.has(action);
}

/** Whether the actor may learn that the city exists at all (otherwise: 404, never 403). */
export function canSeeCity(actor: Actor, city: CityResource): boolean {
  return city.actorRole !== null || actor.isNetworkAdmin;
}

export function canCreateCity(actor: Actor): boolean {
  return actor.isNetworkAdmin;
}

/** The flags GET /cities/:cityId returns so the interface can hide what the user cannot do. */
export function describeCityPermissions(actor: Actor, city: CityResource) {
  return {
    view: can(actor, 'city.view', city),
    editCity: can(actor, 'city.edit', city),
    manageMembers: can(actor, 'members.manage', city),
    editStrategy: can(actor, 'strategy.edit', city),
  };
}
