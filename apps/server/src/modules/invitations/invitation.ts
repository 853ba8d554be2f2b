import { type Role, isRole } from '../cities/roles.js';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  createdBy: { userId: string; name: string } | null;
}

export function invitationRowToInvitation(row: {
  id: string;
  email: string;
  role: string;
  created_at: string;
  expires_at: string;
  created_by: string | null;
  created_by_name: string | null;
}): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: isRole(row.role) ? row.role : 'viewer',
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    createdBy:
      row.created_by !== null && row.created_by_name !== null
        ? { userId: row.created_by, name: row.created_by_name }
        : null,
  };
}
