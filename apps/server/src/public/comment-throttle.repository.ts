import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/**
 * Counts one hit in a single statement (safe across instances sharing a database); a window
 * that has ended starts again at one. Returns the count and the window's start.
 */
export async function hitCommentThrottle(
  db: Db,
  { key, now, windowStartedBefore }: { key: string; now: string; windowStartedBefore: string },
): Promise<{ hits: number; windowStartedAt: string }> {
  const row = await db
    .insertInto('public_comment_throttles')
    .values({ key, hits: 1, window_started_at: now })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        hits: sql<number>`case when public_comment_throttles.window_started_at <= ${windowStartedBefore} then 1 else public_comment_throttles.hits + 1 end`,
        window_started_at: sql<string>`case when public_comment_throttles.window_started_at <= ${windowStartedBefore} then ${now} else public_comment_throttles.window_started_at end`,
      }),
    )
    .returning(['hits', 'window_started_at'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowStartedAt: row.window_started_at };
}

/** Counters whose window ended long ago carry no information any more. */
export async function deleteStaleCommentThrottles(db: Db, before: string): Promise<void> {
  await db.deleteFrom('public_comment_throttles').where('window_started_at', '<', before).execute();
}
