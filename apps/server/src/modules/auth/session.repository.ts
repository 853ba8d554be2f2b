import type { Db } from '../../db/database.js';
import { prepareQuery } from '../../db/prepared-query.js';
import type { SessionRow } from '../../db/tables.js';

export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

const SESSION_WITH_USER_COLUMNS = [
  'sessions.id as session_id',
  'sessions.expires_at',
  'sessions.last_seen_at',
  'users.id',
  'users.email',
  'users.name',
  'users.locale',
  'users.is_network_admin',
] as const;

const selectSessionWithUser = prepareQuery<{ tokenHash: string }, SessionWithUserRow>((db, value) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(SESSION_WITH_USER_COLUMNS)
    .where('sessions.token_hash', '=', value('tokenHash')),
);

const selectSessionInCity = prepareQuery<
  { tokenHash: string; cityId: string },
  SessionWithUserRow & { city_role: string | null; city_exists: unknown }
>((db, value) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.user_id', '=', 'users.id')
        .on('memberships.city_id', '=', value('cityId')),
    )
    .select(SESSION_WITH_USER_COLUMNS)
    .select('memberships.role as city_role')
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('cities').select('cities.id').where('cities.id', '=', value('cityId')),
        )
        .as('city_exists'),
    )
    .where('sessions.token_hash', '=', value('tokenHash')),
);

export interface SessionWithUserRow {
  session_id: string;
  expires_at: string;
  last_seen_at: string;
  id: string;
  email: string;
  name: string;
  locale: string;
  is_network_admin: number;
}

/** The session with its user in one query: this runs on every signed-in request. */
export async function findSessionWithUser(
  db: Db,
  tokenHash: string,
): Promise<SessionWithUserRow | undefined> {
  const [row] = await selectSessionWithUser(db, { tokenHash });
  return row;
}

/**
 * The session with its user and, in the same query, the user's role in one city and whether
 * that city exists: a request to a city's routes needs all three, and one round trip to the
 * database instead of three is what keeps those requests fast on PostgreSQL.
 */
export async function findSessionInCity(
  db: Db,
  tokenHash: string,
  cityId: string,
): Promise<
  { session: SessionWithUserRow; cityRole: string | null; cityExists: boolean } | undefined
> {
  const [row] = await selectSessionInCity(db, { tokenHash, cityId });
  if (!row) return undefined;
  const { city_role: cityRole, city_exists: cityExists, ...session } = row;
  // SQLite answers EXISTS with 0 or 1, PostgreSQL with a boolean.
  return { session, cityRole, cityExists: cityExists === true || cityExists === 1 };
}

export async function touchSession(db: Db, sessionId: string, lastSeenAt: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt })
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(
  db: Db,
  userId: string,
  options: { exceptSessionId?: string } = {},
): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (options.exceptSessionId) query = query.where('id', '!=', options.exceptSessionId);
  await query.execute();
}

export async function deleteExpiredSessionsOfUser(
  db: Db,
  userId: string,
  now: string,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('expires_at', '<=', now)
    .execute();
}
