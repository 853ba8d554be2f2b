import type { Db } from '../../db/database.js';

/** A person's sessions still inside their absolute lifetime, newest use first. */
export async function listLiveSessionsOfUser(db: Db, userId: string, now: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Deletes one session only if it belongs to the user; true when a row went. */
export async function deleteSessionOfUser(
  db: Db,
  { userId, sessionId }: { userId: string; sessionId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes every session of the user but one; returns how many went. */
export async function deleteOtherSessionsOfUser(
  db: Db,
  { userId, keepSessionId }: { userId: string; keepSessionId: string },
): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '!=', keepSessionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
