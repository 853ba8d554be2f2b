import { ROLES, type Role } from '../../api/types.js';
import type { MessageId } from '../../i18n/load-messages.js';
import type { Translate } from '../../i18n/use-t.js';

const ROLE_NAMES: Record<Role, MessageId> = {
  'city-admin': 'role.cityAdmin',
  coordinator: 'role.coordinator',
  editor: 'role.editor',
  contributor: 'role.contributor',
  viewer: 'role.viewer',
};

const ROLE_DESCRIPTIONS: Record<Role, MessageId> = {
  'city-admin': 'role.cityAdminHint',
  coordinator: 'role.coordinatorHint',
  editor: 'role.editorHint',
  contributor: 'role.contributorHint',
  viewer: 'role.viewerHint',
};

export function roleName(role: Role, t: Translate): string {
  return t(ROLE_NAMES[role]);
}

export function roleDescription(role: Role, t: Translate): string {
  return t(ROLE_DESCRIPTIONS[role]);
}

export function roleOptions(t: Translate) {
  return ROLES.map((role) => ({ value: role, label: roleName(role, t) }));
}

export function roleChoices(t: Translate) {
  return ROLES.map((role) => ({
    value: role,
    label: roleName(role, t),
    hint: roleDescription(role, t),
  }));
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
