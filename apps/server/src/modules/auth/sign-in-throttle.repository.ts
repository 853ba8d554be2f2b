import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export async function findThrottle(db: Db, key: string) {
  return db
    .selectFrom('sign_in_throttles')
    .select(['failures', 'window_started_at'])
    .where('key', '=', key)
    .executeTakeFirst();
}

/**
 * Counts one failure in a single statement (safe when several instances share the database);
 * a window that has ended starts again at one.
 */
export async function recordThrottleFailure(
  db: Db,
  { key, now, windowStartedBefore }: { key: string; now: string; windowStartedBefore: string },
): Promise<void> {
  await db
    .insertInto('sign_in_throttles')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        failures: sql<number>`case when sign_in_throttles.window_started_at <= ${windowStartedBefore} then 1 else sign_in_throttles.failures + 1 end`,
        window_started_at: sql<string>`case when sign_in_throttles.window_started_at <= ${windowStartedBefore} then ${now} else sign_in_throttles.window_started_at end`,
      }),
    )
    .execute();
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttles').where('key', '=', key).execute();
}
