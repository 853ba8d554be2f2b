import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { type User, normalizeEmail, userRowToUser } from '../users/user.js';
import { findUserCredentialsByEmail } from '../users/user.repository.js';
import type { PasswordHasher } from './password-hasher.js';
import { type NewSession, startSession } from './session.service.js';
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
}

/**
 * Checks the credentials and starts a session. Unknown email and wrong password fail the same
 * way; too many failures from one address for one account lock that pair for a while.
 */
export async function signIn(
  input: SignInInput,
  db: Db,
  passwords: PasswordHasher,
  now = new Date(),
): Promise<{ user: User; session: NewSession }> {
  const source = { email: normalizeEmail(input.email), ip: input.ip };
  await assertNotThrottled(db, source, now);
  const row = await findUserCredentialsByEmail(db, source.email);
  const isValid = row
    ? await passwords.verify(row.password_hash, input.password)
    : await passwords.verifyUnknownAccount(input.password);
  if (!row || !isValid) {
    await recordFailedAttempt(db, source, now);
    throw new AppError('invalid_credentials');
  }
  await clearAccountFailures(db, source);
  const session = await startSession(db, row.id, now);
  return { user: userRowToUser(row), session };
}
