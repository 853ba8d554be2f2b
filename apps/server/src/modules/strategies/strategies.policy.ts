import { AppError } from '../../errors/app-error.js';
import type { Actor, CityResource } from '../cities/cities.policy.js';
import type { CityActor } from '../cities/city-access.js';
import { ROLES, type Role } from '../cities/roles.js';

/**
 * What people may do in a city's strategy workspace. Editing answers has two levels: city
 * admins, coordinators and editors edit every section; contributors edit only the sections
 * assigned to them, which needs the assignments and so is decided by `canEditSection`.
 */
export type WorkspaceAction =
  | 'strategy.view'
  | 'strategy.manage'
  | 'answers.edit-all'
  | 'answers.edit-assigned'
  | 'assignments.manage'
  | 'risks.manage'
  | 'audit.view';

const ROLE_PERMISSIONS: Record<WorkspaceAction, readonly Role[]> = {
  'strategy.view': ROLES,
  'strategy.manage': ['city-admin', 'coordinator'],
  'answers.edit-all': ['city-admin', 'coordinator', 'editor'],
  'answers.edit-assigned': ['city-admin', 'coordinator', 'editor', 'contributor'],
  'assignments.manage': ['city-admin', 'coordinator'],
  'risks.manage': ['city-admin', 'coordinator'],
  'audit.view': ['city-admin', 'coordinator'],
};

/** A network admin who is not a member may read a city's strategies, never change them. */
const NETWORK_ADMIN_PERMISSIONS: ReadonlySet<WorkspaceAction> = new Set(['strategy.view']);

export function canInWorkspace(actor: Actor, action: WorkspaceAction, city: CityResource): boolean {
  if (city.actorRole !== null && ROLE_PERMISSIONS[action].includes(city.actorRole)) return true;
  return actor.isNetworkAdmin && NETWORK_ADMIN_PERMISSIONS.has(action);
}

export function assertWorkspaceCan(actor: CityActor, action: WorkspaceAction): void {
  if (!canInWorkspace(actor, action, actor.city)) throw new AppError('forbidden');
}

export function canEditSection(
  actor: Actor,
  city: CityResource,
  sectionId: string,
  assignedSectionIds: ReadonlySet<string>,
): boolean {
  if (canInWorkspace(actor, 'answers.edit-all', city)) return true;
  return canInWorkspace(actor, 'answers.edit-assigned', city) && assignedSectionIds.has(sectionId);
}

/** The flags GET /strategies/:strategyId returns so the interface hides what the user cannot do. */
export function describeWorkspacePermissions(actor: Actor, city: CityResource) {
  return {
    edit: canInWorkspace(actor, 'answers.edit-assigned', city),
    editAllSections: canInWorkspace(actor, 'answers.edit-all', city),
    manage: canInWorkspace(actor, 'strategy.manage', city),
    assign: canInWorkspace(actor, 'assignments.manage', city),
    acceptRisk: canInWorkspace(actor, 'risks.manage', city),
    viewAudit: canInWorkspace(actor, 'audit.view', city),
  };
}
