import type { Db } from '../../db/database.js';
import type { InvitationRow } from '../../db/tables.js';

export async function insertInvitation(db: Db, row: InvitationRow): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

/** Pending means: not accepted, not revoked, not expired. */
export async function listPendingInvitations(db: Db, cityId: string, now: string) {
  return db
    .selectFrom('invitations')
    .leftJoin('users', 'users.id', 'invitations.created_by')
    .select([
      'invitations.id',
      'invitations.email',
      'invitations.role',
      'invitations.created_at',
      'invitations.expires_at',
      'invitations.created_by',
      'users.name as created_by_name',
    ])
    .where('invitations.city_id', '=', cityId)
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .orderBy('invitations.created_at', 'desc')
    .execute();
}

export async function revokePendingInvitationsForEmail(
  db: Db,
  { cityId, email, now }: { cityId: string; email: string; now: string },
): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('city_id', '=', cityId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** One invitation of the city (whatever its state). */
export async function findInvitationOfCity(
  db: Db,
  { cityId, invitationId }: { cityId: string; invitationId: string },
) {
  return db
    .selectFrom('invitations')
    .select(['id', 'email', 'role'])
    .where('city_id', '=', cityId)
    .where('id', '=', invitationId)
    .executeTakeFirst();
}

/** Revokes one pending invitation of the city; returns false when there was none to revoke. */
export async function revokeInvitation(
  db: Db,
  { cityId, invitationId, now }: { cityId: string; invitationId: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('city_id', '=', cityId)
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('cities', 'cities.id', 'invitations.city_id')
    .select([
      'invitations.id',
      'invitations.city_id',
      'invitations.email',
      'invitations.role',
      'invitations.expires_at',
      'invitations.accepted_at',
      'invitations.revoked_at',
      'cities.name as city_name',
    ])
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Marks the invitation used, only if it is still pending. The condition in the UPDATE makes
 * the token single-use even when two people click the link at the same moment.
 */
export async function consumeInvitation(
  db: Db,
  { invitationId, userId, now }: { invitationId: string; userId: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_by: userId })
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
