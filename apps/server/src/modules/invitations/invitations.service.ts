import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { newId } from '../../lib/ids.js';
import { DAY, addMilliseconds, toTimestamp } from '../../lib/time.js';
import { generateToken, hashToken } from '../../lib/tokens.js';
import { recordChange } from '../audit/audit.service.js';
import type { PasswordHasher } from '../auth/password-hasher.js';
import { explainPasswordRefusal } from '../auth/password-policy.js';
import { type NewSession, startSession } from '../auth/session.service.js';
import {
  assertNotThrottled,
  clearAccountFailures,
  recordFailedAttempt,
} from '../auth/sign-in-throttle.js';
import { type CityActor, assertCan } from '../cities/city-access.js';
import { type Role, isRole } from '../cities/roles.js';
import {
  findMemberRole,
  insertMembership,
  isEmailMemberOfCity,
} from '../members/members.repository.js';
import { newPasswordSchema } from '../users/user.schemas.js';
import { type User, userRowToUser } from '../users/user.js';
import { findUserCredentialsByEmail, insertUser } from '../users/user.repository.js';
import { type Invitation, invitationRowToInvitation } from './invitation.js';
import {
  consumeInvitation,
  findInvitationByTokenHash,
  findInvitationOfCity,
  insertInvitation,
  listPendingInvitations,
  revokeInvitation,
  revokePendingInvitationsForEmail,
} from './invitations.repository.js';

export const INVITATION_LIFETIME_MS = 7 * DAY;

export async function listInvitations(actor: CityActor, db: Db): Promise<Invitation[]> {
  assertCan(actor, 'members.manage');
  const rows = await listPendingInvitations(db, actor.city.cityId, toTimestamp(new Date()));
  return rows.map(invitationRowToInvitation);
}

/**
 * Creates a single-use link. Only its hash is stored, so the link is returned this once. A new
 * invitation for the same email replaces the pending one (the usual "send it again").
 */
export async function createInvitation(
  input: { email: string; role: Role; publicUrl: string },
  actor: CityActor,
  db: Db,
): Promise<{ invitation: Invitation; link: string }> {
  assertCan(actor, 'members.manage');
  const { cityId } = actor.city;
  if (await isEmailMemberOfCity(db, cityId, input.email)) {
    throw new AppError('conflict', 'This person is already a member of the city.');
  }
  const now = new Date();
  const token = generateToken();
  const row = {
    id: newId(),
    city_id: cityId,
    email: input.email,
    role: input.role,
    token_hash: hashToken(token),
    created_by: actor.userId,
    created_at: toTimestamp(now),
    expires_at: toTimestamp(addMilliseconds(now, INVITATION_LIFETIME_MS)),
    accepted_at: null,
    accepted_by: null,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await revokePendingInvitationsForEmail(trx, {
      cityId,
      email: input.email,
      now: row.created_at,
    });
    await insertInvitation(trx, row);
    await recordChange(trx, {
      cityId,
      actorId: actor.userId,
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: row.id,
      before: null,
      after: { email: row.email, role: row.role, expiresAt: row.expires_at },
    });
  });
  return {
    invitation: invitationRowToInvitation({ ...row, created_by_name: actor.user.name }),
    link: `${input.publicUrl}/join/${token}`,
  };
}

export async function cancelInvitation(
  input: { invitationId: string },
  actor: CityActor,
  db: Db,
): Promise<void> {
  assertCan(actor, 'members.manage');
  const { cityId } = actor.city;
  await db.transaction().execute(async (trx) => {
    const revoked = await revokeInvitation(trx, {
      cityId,
      invitationId: input.invitationId,
      now: toTimestamp(new Date()),
    });
    const invitation = await findInvitationOfCity(trx, {
      cityId,
      invitationId: input.invitationId,
    });
    if (!revoked || !invitation) throw new AppError('not_found');
    await recordChange(trx, {
      cityId,
      actorId: actor.userId,
      action: 'invitation.cancel',
      entityType: 'invitation',
      entityId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
      after: null,
    });
  });
}

async function findUsableInvitation(db: Db, token: string, now: Date) {
  const row = await findInvitationByTokenHash(db, hashToken(token));
  const isUsable =
    row !== undefined &&
    row.accepted_at === null &&
    row.revoked_at === null &&
    new Date(row.expires_at) > now &&
    isRole(row.role);
  if (!isUsable) throw new AppError('invitation_invalid');
  return { ...row, role: row.role as Role };
}

/** What the join page shows before the person accepts. Needs no account. */
export async function previewInvitation(input: { token: string }, db: Db) {
  const invitation = await findUsableInvitation(db, input.token, new Date());
  const account = await findUserCredentialsByEmail(db, invitation.email);
  return {
    cityName: invitation.city_name,
    role: invitation.role,
    email: invitation.email,
    accountExists: account !== undefined,
  };
}

export interface AcceptInvitationInput {
  token: string;
  name?: string | undefined;
  password: string;
  ip: string;
}

/**
 * Joins the city: creates the account (name + new password) or, when the email already has an
 * account, checks that account's password. Either way the person ends up signed in.
 */
export async function acceptInvitation(
  input: AcceptInvitationInput,
  db: Db,
  passwords: PasswordHasher,
): Promise<{ user: User; session: NewSession; cityId: string; created: boolean }> {
  const now = new Date();
  const invitation = await findUsableInvitation(db, input.token, now);
  const existing = await findUserCredentialsByEmail(db, invitation.email);
  const userId = existing
    ? await joinWithExistingAccount(input, invitation, existing, db, passwords, now)
    : await joinWithNewAccount(input, invitation, db, passwords, now);
  const session = await startSession(db, userId, now);
  const user = existing
    ? userRowToUser(existing)
    : {
        id: userId,
        email: invitation.email,
        name: input.name ?? '',
        locale: 'en' as const,
        isNetworkAdmin: false,
      };
  return { user, session, cityId: invitation.city_id, created: !existing };
}

type UsableInvitation = Awaited<ReturnType<typeof findUsableInvitation>>;

async function joinWithExistingAccount(
  input: AcceptInvitationInput,
  invitation: UsableInvitation,
  account: { id: string; email: string; password_hash: string },
  db: Db,
  passwords: PasswordHasher,
  now: Date,
): Promise<string> {
  const source = { email: account.email, ip: input.ip };
  await assertNotThrottled(db, source, now);
  if (!(await passwords.verify(account.password_hash, input.password))) {
    await recordFailedAttempt(db, source, now);
    throw new AppError(
      'invalid_credentials',
      'This password does not match the existing account for this email.',
    );
  }
  await clearAccountFailures(db, source);
  await db.transaction().execute(async (trx) => {
    if ((await findMemberRole(trx, invitation.city_id, account.id)) !== undefined) {
      throw new AppError('conflict', 'You are already a member of this city.');
    }
    await claimInvitation(trx, invitation.id, account.id, now);
    await insertMembership(trx, membershipRow(invitation, account.id, now));
    await recordJoin(trx, invitation, account.id, now);
  });
  return account.id;
}

async function joinWithNewAccount(
  input: AcceptInvitationInput,
  invitation: UsableInvitation,
  db: Db,
  passwords: PasswordHasher,
  now: Date,
): Promise<string> {
  const problems = [];
  if (input.name === undefined) problems.push({ path: 'body.name', message: 'Enter your name.' });
  const password = newPasswordSchema.safeParse(input.password);
  const refusal = password.success
    ? explainPasswordRefusal(input.password, {
        email: invitation.email,
        name: input.name,
        cityNames: [invitation.city_name],
      })
    : (password.error.issues[0]?.message ?? 'Choose a longer password.');
  if (refusal) problems.push({ path: 'body.password', message: refusal });
  if (problems.length > 0) throw invalidFields(problems);
  const passwordHash = await passwords.hash(input.password);
  const userId = newId();
  // The claim runs after the user insert (accepted_by references users) in one transaction:
  // if someone else used the link meanwhile, the claim fails and the new account is rolled back.
  await db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      id: userId,
      email: invitation.email,
      name: input.name ?? '',
      password_hash: passwordHash,
      locale: 'en',
      is_network_admin: 0,
      created_at: toTimestamp(now),
      updated_at: toTimestamp(now),
    });
    await claimInvitation(trx, invitation.id, userId, now);
    await insertMembership(trx, membershipRow(invitation, userId, now));
    await recordJoin(trx, invitation, userId, now);
  });
  return userId;
}

async function claimInvitation(
  db: Db,
  invitationId: string,
  userId: string,
  now: Date,
): Promise<void> {
  const claimed = await consumeInvitation(db, { invitationId, userId, now: toTimestamp(now) });
  if (!claimed) throw new AppError('invitation_invalid');
}

async function recordJoin(
  db: Db,
  invitation: UsableInvitation,
  userId: string,
  now: Date,
): Promise<void> {
  await recordChange(db, {
    cityId: invitation.city_id,
    actorId: userId,
    action: 'member.join',
    entityType: 'member',
    entityId: userId,
    before: null,
    after: { email: invitation.email, role: invitation.role, invitationId: invitation.id },
    at: now,
  });
}

function membershipRow(invitation: UsableInvitation, userId: string, now: Date) {
  return {
    city_id: invitation.city_id,
    user_id: userId,
    role: invitation.role,
    created_at: toTimestamp(now),
    updated_at: toTimestamp(now),
  };
}
