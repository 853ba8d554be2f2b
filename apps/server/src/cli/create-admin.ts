import type { Db } from '../db/database.js';
import { newId } from '../lib/ids.js';
import { toTimestamp } from '../lib/time.js';
import type { PasswordHasher } from '../modules/auth/password-hasher.js';
import { explainPasswordRefusal } from '../modules/auth/password-policy.js';
import { deleteSessionsOfUser } from '../modules/auth/session.repository.js';
import { emailSchema, newPasswordSchema, personNameSchema } from '../modules/users/user.schemas.js';
import {
  findUserCredentialsByEmail,
  insertUser,
  setNetworkAdmin,
  updateUserPassword,
} from '../modules/users/user.repository.js';
import { CliError } from './output.js';

export interface CreateAdminInput {
  email: string;
  password: string;
  name?: string | undefined;
}

/**
 * Makes a network admin. For an existing account it grants the flag and sets the new password
 * (and signs out its sessions): the way back in for an operator who lost the admin password.
 */
export async function createNetworkAdmin(
  input: CreateAdminInput,
  db: Db,
  passwords: PasswordHasher,
): Promise<{ userId: string; created: boolean }> {
  const email = emailSchema.safeParse(input.email);
  const password = newPasswordSchema.safeParse(input.password);
  const name = personNameSchema.safeParse(input.name ?? 'Network Administrator');
  const problems = [
    ...(email.success ? [] : [`--email: ${email.error.issues[0]?.message}`]),
    ...(password.success ? [] : [`--password: ${password.error.issues[0]?.message}`]),
    ...(name.success ? [] : [`--name: ${name.error.issues[0]?.message}`]),
  ];
  if (!email.success || !password.success || !name.success) throw new CliError(problems.join('\n'));
  const refusal = explainPasswordRefusal(password.data, { email: email.data, name: name.data });
  if (refusal) throw new CliError(`--password: ${refusal}`);

  const passwordHash = await passwords.hash(password.data);
  const now = toTimestamp(new Date());
  const existing = await findUserCredentialsByEmail(db, email.data);
  if (existing) {
    await db.transaction().execute(async (trx) => {
      await setNetworkAdmin(trx, existing.id, true, now);
      await updateUserPassword(trx, existing.id, passwordHash, now);
      await deleteSessionsOfUser(trx, existing.id);
    });
    return { userId: existing.id, created: false };
  }
  const userId = newId();
  await insertUser(db, {
    id: userId,
    email: email.data,
    name: name.data,
    password_hash: passwordHash,
    locale: 'en',
    is_network_admin: 1,
    created_at: now,
    updated_at: now,
  });
  return { userId, created: true };
}
