import type { Db } from '../../db/database.js';
import { newId } from '../../lib/ids.js';
import { DAY, MINUTE, addMilliseconds, toTimestamp } from '../../lib/time.js';
import { generateToken, hashToken } from '../../lib/tokens.js';
import type { Actor } from '../cities/cities.policy.js';
import type { CityStanding } from '../cities/city-access.js';
import { type User, userRowToUser } from '../users/user.js';
import {
  deleteExpiredSessionsOfUser,
  deleteSession,
  type SessionWithUserRow,
  findSessionInCity,
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

/** A signed-in actor, with their standing in the city the request names when it names one. */
export interface ResolvedSession {
  actor: SignedInActor;
  city: CityStanding | null;
}

/**
 * The signed-in actor for a cookie token, or null when the session is unknown or over. Given a
 * city id (from a /cities/:cityId route), the same query also reads the actor's role there.
 */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  cityId?: string,
): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  let row: SessionWithUserRow | undefined;
  let city: CityStanding | null = null;
  if (cityId === undefined) {
    row = await findSessionWithUser(db, tokenHash);
  } else {
    const found = await findSessionInCity(db, tokenHash, cityId);
    row = found?.session;
    if (found) city = { cityId, role: found.cityRole, exists: found.cityExists };
  }
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
  return {
    actor: {
      sessionId: row.session_id,
      userId: user.id,
      isNetworkAdmin: user.isNetworkAdmin,
      user,
    },
    city,
  };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}
