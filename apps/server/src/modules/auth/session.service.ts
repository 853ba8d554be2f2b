import type { Db } from '../../db/database.js';
import { newId } from '../../lib/ids.js';
import { DAY, MINUTE, addMilliseconds, toTimestamp } from '../../lib/time.js';
import { generateToken, hashToken } from '../../lib/tokens.js';
import type { Actor } from '../cities/cities.policy.js';
import { type User, userRowToUser } from '../users/user.js';
import {
  deleteExpiredSessionsOfUser,
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './session.repository.js';

/** A session ends 30 days after sign-in, or after 7 days without use, whichever comes first. */
export const SESSION_LIFETIME_MS = 30 * DAY;
export const SESSION_IDLE_TIMEOUT_MS = 7 * DAY;
// Writing last-seen on every request would turn every read into a write; once in 5 minutes is enough.
const TOUCH_INTERVAL_MS = 5 * MINUTE;

export interface SignedInActor extends Actor {
  sessionId: string;
  user: User;
}

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export async function startSession(db: Db, userId: string, now: Date): Promise<NewSession> {
  const token = generateToken();
  const sessionId = newId();
  const expiresAt = addMilliseconds(now, SESSION_LIFETIME_MS);
  await deleteExpiredSessionsOfUser(db, userId, toTimestamp(now));
  await insertSession(db, {
    id: sessionId,
    token_hash: hashToken(token),
    user_id: userId,
    created_at: toTimestamp(now),
    expires_at: toTimestamp(expiresAt),
    last_seen_at: toTimestamp(now),
  });
  return { token, sessionId, expiresAt };
}

/** The signed-in actor for a cookie token, or null when the session is unknown or over. */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
): Promise<SignedInActor | null> {
  const row = await findSessionWithUser(db, hashToken(token));
  if (!row) return null;
  const lastSeen = new Date(row.last_seen_at);
  const isExpired =
    new Date(row.expires_at) <= now || addMilliseconds(lastSeen, SESSION_IDLE_TIMEOUT_MS) <= now;
  if (isExpired) {
    await deleteSession(db, row.session_id);
    return null;
  }
  if (now.getTime() - lastSeen.getTime() >= TOUCH_INTERVAL_MS) {
    await touchSession(db, row.session_id, toTimestamp(now));
  }
  const user = userRowToUser(row);
  return { sessionId: row.session_id, userId: user.id, isNetworkAdmin: user.isNetworkAdmin, user };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}
