import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import type { PasswordHasher } from '../auth/password-hasher.js';
import { explainPasswordRefusal } from '../auth/password-policy.js';
import { deleteSessionsOfUser } from '../auth/session.repository.js';
import type { SecurityLog } from '../auth/security-events.js';
import type { SignedInActor } from '../auth/session.service.js';
import {
  assertNotThrottled,
  clearAccountFailures,
  recordFailedAttempt,
} from '../auth/sign-in-throttle.js';
import { type Role, isRole } from '../cities/roles.js';
import { listMembershipsOfUser } from '../members/members.repository.js';
import { type Locale, type User, userRowToUser } from '../users/user.js';
import {
  findUserById,
  findUserCredentialsById,
  updateUserPassword,
  updateUserProfile,
} from '../users/user.repository.js';

export interface Account {
  user: User;
  memberships: { cityId: string; cityName: string; role: Role }[];
}

export async function getAccount(actor: SignedInActor, db: Db): Promise<Account> {
  const rows = await listMembershipsOfUser(db, actor.userId);
  return {
    user: actor.user,
    memberships: rows.flatMap((row) =>
      isRole(row.role) ? [{ cityId: row.city_id, cityName: row.city_name, role: row.role }] : [],
    ),
  };
}

export async function updateProfile(
  input: { name?: string | undefined; locale?: Locale | undefined },
  actor: SignedInActor,
  db: Db,
): Promise<User> {
  await updateUserProfile(db, actor.userId, { ...input, updatedAt: toTimestamp(new Date()) });
  const row = await findUserById(db, actor.userId);
  if (!row) throw new AppError('unauthenticated');
  return userRowToUser(row);
}

/** Refuses a common password, or one built on the person's name, email, cities or "Concord". */
async function assertPasswordAllowed(
  password: string,
  actor: SignedInActor,
  db: Db,
): Promise<void> {
  const cities = await listMembershipsOfUser(db, actor.userId);
  const refusal = explainPasswordRefusal(password, {
    email: actor.user.email,
    name: actor.user.name,
    cityNames: cities.map((city) => city.city_name),
  });
  if (refusal) throw invalidFields([{ path: 'body.newPassword', message: refusal }]);
}

/**
 * Changes the password after checking the current one, and signs out every other session:
 * someone who learnt the old password loses access at once.
 */
export async function changePassword(
  input: { currentPassword: string; newPassword: string; ip: string },
  actor: SignedInActor,
  db: Db,
  passwords: PasswordHasher,
  log: SecurityLog,
): Promise<void> {
  const now = new Date();
  const source = { email: actor.user.email, ip: input.ip };
  try {
    await assertNotThrottled(db, source, now);
  } catch (error) {
    log.record('account.password.change_refused', { reason: 'throttled', userId: actor.userId });
    throw error;
  }
  const row = await findUserCredentialsById(db, actor.userId);
  if (!row) throw new AppError('unauthenticated');
  if (!(await passwords.verify(row.password_hash, input.currentPassword))) {
    await recordFailedAttempt(db, source, now);
    log.record('account.password.change_refused', {
      reason: 'wrong_current_password',
      userId: actor.userId,
      sessionId: actor.sessionId,
    });
    throw invalidFields([
      { path: 'body.currentPassword', message: 'This is not your current password.' },
    ]);
  }
  await clearAccountFailures(db, source);
  await assertPasswordAllowed(input.newPassword, actor, db);
  const passwordHash = await passwords.hash(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await updateUserPassword(trx, actor.userId, passwordHash, toTimestamp(now));
    await deleteSessionsOfUser(trx, actor.userId, { exceptSessionId: actor.sessionId });
  });
  log.record('account.password.changed', {
    userId: actor.userId,
    sessionId: actor.sessionId,
    otherSessionsEnded: true,
  });
}
