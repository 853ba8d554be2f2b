import { AppError } from '../../errors/app-error.js';
import type { Actor, CityResource } from '../cities/cities.policy.js';
import type { CityActor } from '../cities/city-access.js';
import { ROLES, type Role } from '../cities/roles.js';

/**
 * What people may do with a strategy's document: its narrative, versions and their approval,
 * reviewers' comments, exports and imports. Reading is open to every member (and to network
 * admins); writing the narrative follows the editors of the answers; the approval workflow and
 * imports belong to the people who run the strategy.
 */
export type DocumentAction =
  | 'document.view'
  | 'narrative.edit'
  | 'version.manage'
  | 'version.comment'
  | 'export.create'
  | 'strategy.import';

const ROLE_PERMISSIONS: Record<DocumentAction, readonly Role[]> = {
  'document.view': ROLES,
  'narrative.edit': ['city-admin', 'coordinator', 'editor'],
  'version.manage': ['city-admin', 'coordinator'],
  'version.comment': ['city-admin', 'coordinator', 'editor', 'contributor'],
  'export.create': ROLES,
  'strategy.import': ['city-admin', 'coordinator'],
};

/** A network admin who is not a member reads the document; exports and changes are members'. */
const NETWORK_ADMIN_PERMISSIONS: ReadonlySet<DocumentAction> = new Set(['document.view']);

export function canOnDocument(actor: Actor, action: DocumentAction, city: CityResource): boolean {
  if (city.actorRole !== null && ROLE_PERMISSIONS[action].includes(city.actorRole)) return true;
  return actor.isNetworkAdmin && NETWORK_ADMIN_PERMISSIONS.has(action);
}

export function assertDocumentCan(actor: CityActor, action: DocumentAction): void {
  if (!canOnDocument(actor, action, actor.city)) throw new AppError('forbidden');
}
