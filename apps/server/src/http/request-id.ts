import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Keeps the caller's X-Request-Id when it looks like an id (so a proxy's id follows the request
 * through our logs), otherwise makes one. Odd values are replaced so logs cannot be forged.
 */
export function generateRequestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  if (typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming)) return incoming;
  return randomUUID();
}
