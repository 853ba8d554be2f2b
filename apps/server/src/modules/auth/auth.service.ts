import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { type User, normalizeEmail, userRowToUser } from '../users/user.js';
import { findUserCredentialsByEmail } from '../users/user.repository.js';
import type { PasswordHasher } from './password-hasher.js';
import type { SecurityLog } from './security-events.js';
import { type NewSession, endSession, startSession } from './session.service.js';
import {
  assertNotThrottled,
  clearAccountFailures,
  recordFailedAttempt,
} from './sign-in-throttle.js';

export interface SignInInput {
  email: string;
  password: string;
  /** Client address, for the brute-force counters. */
  ip: string;
  /** The session the browser already presented, if any: it ends when the new one starts. */
  previousSessionId?: string | undefined;
}

/**
 * Checks the credentials and starts a session. Unknown email and wrong password fail the same
 * way; too many failures from one address for one account lock that pair for a while.
 */
export async function signIn(
  input: SignInInput,
  db: Db,
  passwords: PasswordHasher,
  log: SecurityLog,
  now = new Date(),
): Promise<{ user: User; session: NewSession }> {
  const source = { email: normalizeEmail(input.email), ip: input.ip };
  try {
    await assertNotThrottled(db, source, now);
  } catch (error) {
    log.record('auth.sign_in.throttled', { accountKey: log.accountKey(source.email) });
    throw error;
  }
  const row = await findUserCredentialsByEmail(db, source.email);
  const isValid = row
    ? await passwords.verify(row.password_hash, input.password)
    : await passwords.verifyUnknownAccount(input.password);
  if (!row || !isValid) {
    await recordFailedAttempt(db, source, now);
    log.record('auth.sign_in.failed', {
      reason: row ? 'wrong_password' : 'unknown_account',
      userId: row?.id,
      accountKey: log.accountKey(source.email),
    });
    throw new AppError('invalid_credentials');
  }
  await clearAccountFailures(db, source);
  // A token the browser held before signing in may have been planted (session fixation):
  // it never carries over into the signed-in session.
  if (input.previousSessionId) await endSession(db, input.previousSessionId);
  const session = await startSession(db, row.id, now);
  log.record('auth.sign_in.succeeded', {
    userId: row.id,
    sessionId: session.sessionId,
    endedSessionId: input.previousSessionId,
  });
  return { user: userRowToUser(row), session };
}
