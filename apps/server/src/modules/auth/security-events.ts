import { createHmac } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';

/**
 * Security events (ASVS 16.3.1): one log line each, with a stable `event` name operators can
 * alert on. Lines carry the request id (from the request logger), user and session ids where
 * known; never a password, a token or an email address in clear. Failed sign-ins for unknown
 * accounts carry `accountKey`, a keyed hash of the email, so repeated tries against one address
 * can be grouped without the log holding the address.
 */
export type SecurityEventName =
  | 'auth.sign_in.succeeded'
  | 'auth.sign_in.failed'
  | 'auth.sign_in.throttled'
  | 'auth.sign_out'
  | 'account.password.changed'
  | 'account.password.change_refused'
  | 'account.session.ended'
  | 'account.sessions.ended_others'
  | 'invitation.accepted'
  | 'invitation.accept_refused';

export type SecurityEventDetails = Record<string, string | number | boolean | null | undefined>;

// Failures are warnings so an operator can watch them alone; successes are ordinary info.
const WARNING_EVENTS: ReadonlySet<SecurityEventName> = new Set([
  'auth.sign_in.failed',
  'auth.sign_in.throttled',
  'account.password.change_refused',
  'invitation.accept_refused',
]);

export interface SecurityLog {
  record(event: SecurityEventName, details: SecurityEventDetails): void;
  /** A short keyed hash of an email: the same address always gives the same key. */
  accountKey(email: string): string;
}

export function createSecurityLog(logger: FastifyBaseLogger, secret: string): SecurityLog {
  return {
    record(event, details) {
      const level = WARNING_EVENTS.has(event) ? 'warn' : 'info';
      logger[level]({ event, ...details }, event);
    },
    accountKey(email) {
      return createHmac('sha256', secret)
        .update(`security-log\u0000${email.trim().toLowerCase()}`)
        .digest('hex')
        .slice(0, 16);
    },
  };
}
