import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit random token for a cookie or an invitation link (URL-safe). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a database leak gives no usable sessions or links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
