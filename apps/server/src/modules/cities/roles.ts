/** City roles, from most to least rights. A network admin is a user flag, not a role. */
export const ROLES = ['city-admin', 'coordinator', 'editor', 'contributor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Sort key so lists show admins first. */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}
