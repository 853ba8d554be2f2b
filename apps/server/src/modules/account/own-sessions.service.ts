import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { addMilliseconds, toTimestamp } from '../../lib/time.js';
import type { SecurityLog } from '../auth/security-events.js';
import { SESSION_IDLE_TIMEOUT_MS, type SignedInActor } from '../auth/session.service.js';
import {
  deleteOtherSessionsOfUser,
  deleteSessionOfUser,
  listLiveSessionsOfUser,
} from './own-sessions.repository.js';

/** What a person sees of one of their sessions: dates only, never the token or its hash. */
export interface OwnSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  /** When it ends if it keeps being used: the earlier of the absolute and idle limits. */
  expiresAt: string;
  isCurrent: boolean;
}

export async function listOwnSessions(
  actor: SignedInActor,
  db: Db,
  now = new Date(),
): Promise<OwnSession[]> {
  const rows = await listLiveSessionsOfUser(db, actor.userId, toTimestamp(now));
  return rows.flatMap((row) => {
    const idleEnd = addMilliseconds(new Date(row.last_seen_at), SESSION_IDLE_TIMEOUT_MS);
    // A session idle past the limit is already over; it is deleted when next presented.
    if (idleEnd <= now) return [];
    const absoluteEnd = new Date(row.expires_at);
    return [
      {
        id: row.id,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: toTimestamp(idleEnd < absoluteEnd ? idleEnd : absoluteEnd),
        isCurrent: row.id === actor.sessionId,
      },
    ];
  });
}

/**
 * Ends one of the caller's own sessions (their current one included: that is signing out).
 * Someone else's session id is answered as unknown, so ids cannot be probed.
 */
export async function endOwnSession(
  sessionId: string,
  actor: SignedInActor,
  db: Db,
  log: SecurityLog,
): Promise<{ wasCurrent: boolean }> {
  const ended = await deleteSessionOfUser(db, { userId: actor.userId, sessionId });
  if (!ended) throw new AppError('not_found', 'You have no session with this id.');
  log.record('account.session.ended', {
    userId: actor.userId,
    sessionId: actor.sessionId,
    endedSessionId: sessionId,
  });
  return { wasCurrent: sessionId === actor.sessionId };
}

/** "Sign out everywhere else": every session of the caller except the one making the request. */
export async function endOtherOwnSessions(
  actor: SignedInActor,
  db: Db,
  log: SecurityLog,
): Promise<number> {
  const ended = await deleteOtherSessionsOfUser(db, {
    userId: actor.userId,
    keepSessionId: actor.sessionId,
  });
  log.record('account.sessions.ended_others', {
    userId: actor.userId,
    sessionId: actor.sessionId,
    ended,
  });
  return ended;
}
