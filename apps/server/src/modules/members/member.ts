import { type Role, isRole, roleRank } from '../cities/roles.js';

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export function memberRowToMember(row: {
  user_id: string;
  name: string;
  email: string;
  role: string;
  created_at: string;
}): Member {
  // The role column has a CHECK constraint; this guard only narrows the type.
  const role = isRole(row.role) ? row.role : 'viewer';
  return { userId: row.user_id, name: row.name, email: row.email, role, joinedAt: row.created_at };
}

/** Admins first, then by name, so the people who can help appear at the top. */
export function compareMembers(a: Member, b: Member): number {
  return (
    roleRank(a.role) - roleRank(b.role) ||
    a.name.localeCompare(b.name) ||
    a.email.localeCompare(b.email)
  );
}
