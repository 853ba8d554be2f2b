import type { Db } from '../../db/database.js';
import type { UserRow } from '../../db/tables.js';

const PUBLIC_COLUMNS = ['id', 'email', 'name', 'locale', 'is_network_admin'] as const;

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Includes the password hash: only for sign-in and password checks. */
export async function findUserCredentialsByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select([...PUBLIC_COLUMNS, 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function findUserCredentialsById(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select([...PUBLIC_COLUMNS, 'password_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertUser(db: Db, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUserProfile(
  db: Db,
  id: string,
  changes: { name?: string; locale?: string; updatedAt: string },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      updated_at: changes.updatedAt,
    })
    .where('id', '=', id)
    .execute();
}

export async function updateUserPassword(
  db: Db,
  id: string,
  passwordHash: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}

export async function setNetworkAdmin(
  db: Db,
  id: string,
  isNetworkAdmin: boolean,
  updatedAt: string,
) {
  await db
    .updateTable('users')
    .set({ is_network_admin: isNetworkAdmin ? 1 : 0, updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}
