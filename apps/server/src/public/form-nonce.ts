import { createHmac, timingSafeEqual } from 'node:crypto';
import { HOUR } from '../lib/time.js';

/** A form older than this is sent back once with the comment kept, then works again. */
export const FORM_MAX_AGE_MS = 24 * HOUR;

function sign(secret: string, slug: string, issuedAt: number): string {
  return createHmac('sha256', secret)
    .update(`consult-form\u0000${slug}\u0000${issuedAt}`)
    .digest('base64url');
}

/**
 * A per-page token in every comment form: "<issued second>.<HMAC>". It ties a post to a page
 * this server rendered for this consultation, so scripts that never fetched the page are
 * refused, without a cookie or any server state.
 */
export function createFormNonce(secret: string, slug: string, now: Date): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return `${issuedAt}.${sign(secret, slug, issuedAt)}`;
}

export type NonceCheck = 'valid' | 'expired' | 'invalid';

export function checkFormNonce(secret: string, slug: string, nonce: string, now: Date): NonceCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(nonce);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, slug, issuedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now.getTime() - issuedAt * 1000;
  // A little leeway for clocks of several instances that differ by a few seconds.
  if (age < -60_000) return 'invalid';
  return age > FORM_MAX_AGE_MS ? 'expired' : 'valid';
}
