import { createHmac } from 'node:crypto';
import type { Db } from '../db/database.js';
import { DAY, HOUR, MINUTE, addMilliseconds, toTimestamp } from '../lib/time.js';
import { hitCommentThrottle } from './comment-throttle.repository.js';

export interface CommentLimit {
  name: string;
  count: number;
  windowMs: number;
}

/**
 * Generous enough for a resident commenting on every part, or a few neighbours sharing one
 * connection at a community meeting; low enough that a flood stops within seconds.
 */
export const COMMENT_LIMITS = {
  perConsultation: { name: 'consultation', count: 20, windowMs: 10 * MINUTE },
  perAddress: { name: 'address', count: 60, windowMs: HOUR },
} as const satisfies Record<string, CommentLimit>;

export const THROTTLE_RETENTION_MS = DAY;

export class CommentThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many comments from this address');
    this.name = 'CommentThrottled';
  }
}

/** Keyed with the server's secret, so the stored key cannot be turned back into an address. */
function throttleKey(secret: string, parts: string[]): string {
  return createHmac('sha256', secret)
    .update(['public-comment', ...parts].join('\u0000'))
    .digest('hex');
}

/**
 * Counts one comment against both limits; throws CommentThrottled when either is exceeded.
 * Call it in the transaction that stores the comment: a refused comment rolls its count back,
 * an accepted one is stored together with its count.
 */
export async function countComment(
  db: Db,
  {
    secret,
    ip,
    consultationId,
    now,
  }: { secret: string; ip: string; consultationId: string; now: Date },
): Promise<void> {
  const limits: [CommentLimit, string[]][] = [
    [COMMENT_LIMITS.perConsultation, [consultationId, ip]],
    [COMMENT_LIMITS.perAddress, [ip]],
  ];
  for (const [limit, parts] of limits) {
    const { hits, windowStartedAt } = await hitCommentThrottle(db, {
      key: throttleKey(secret, [limit.name, ...parts]),
      now: toTimestamp(now),
      windowStartedBefore: toTimestamp(addMilliseconds(now, -limit.windowMs)),
    });
    if (hits > limit.count) {
      const ends = addMilliseconds(new Date(windowStartedAt), limit.windowMs).getTime();
      throw new CommentThrottled(Math.max(1, Math.ceil((ends - now.getTime()) / 1000)));
    }
  }
}
