import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { MINUTE, addMilliseconds, toTimestamp } from '../../lib/time.js';
import {
  clearThrottle,
  findThrottle,
  recordThrottleFailure,
} from './sign-in-throttle.repository.js';

interface Limit {
  failures: number;
  windowMs: number;
}

/**
 * Two counters per attempt: one account from one address (stops password guessing without
 * letting a stranger lock the real user out from elsewhere) and one address across accounts
 * (stops trying one password against many accounts). Counters live in the database so several
 * instances share them.
 */
export const ACCOUNT_LIMIT: Limit = { failures: 10, windowMs: 15 * MINUTE };
export const ADDRESS_LIMIT: Limit = { failures: 100, windowMs: 15 * MINUTE };

export interface AttemptSource {
  email: string;
  ip: string;
}

function hashKey(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

function throttles({ email, ip }: AttemptSource): { key: string; limit: Limit }[] {
  return [
    { key: hashKey(['account', email, ip]), limit: ACCOUNT_LIMIT },
    { key: hashKey(['address', ip]), limit: ADDRESS_LIMIT },
  ];
}

/** Throws `rate_limited` (with Retry-After) when either counter is full for its window. */
export async function assertNotThrottled(db: Db, source: AttemptSource, now: Date): Promise<void> {
  for (const { key, limit } of throttles(source)) {
    const row = await findThrottle(db, key);
    if (!row || row.failures < limit.failures) continue;
    const windowEnds = addMilliseconds(new Date(row.window_started_at), limit.windowMs);
    if (windowEnds > now) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((windowEnds.getTime() - now.getTime()) / 1000),
      );
      throw new AppError('rate_limited', undefined, { retryAfterSeconds });
    }
  }
}

export async function recordFailedAttempt(db: Db, source: AttemptSource, now: Date): Promise<void> {
  for (const { key, limit } of throttles(source)) {
    await recordThrottleFailure(db, {
      key,
      now: toTimestamp(now),
      windowStartedBefore: toTimestamp(addMilliseconds(now, -limit.windowMs)),
    });
  }
}

/** A successful sign-in forgets the account's failures (not the address's). */
export async function clearAccountFailures(db: Db, source: AttemptSource): Promise<void> {
  const [account] = throttles(source);
  if (account) await clearThrottle(db, account.key);
}
