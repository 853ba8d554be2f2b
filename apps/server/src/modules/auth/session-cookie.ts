import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCookieSettings } from '../../config.js';
import type { NewSession } from './session.service.js';

// Longer than any real token; anything bigger is junk we should not even hash.
const MAX_TOKEN_LENGTH = 128;

export function setSessionCookie(
  reply: FastifyReply,
  settings: SessionCookieSettings,
  session: NewSession,
): void {
  reply.setCookie(settings.name, session.token, {
    path: '/',
    httpOnly: true,
    secure: settings.secure,
    sameSite: 'lax',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, settings: SessionCookieSettings): void {
  reply.clearCookie(settings.name, {
    path: '/',
    httpOnly: true,
    secure: settings.secure,
    sameSite: 'lax',
  });
}

export function readSessionToken(
  request: FastifyRequest,
  settings: SessionCookieSettings,
): string | null {
  const token = request.cookies[settings.name];
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  return token;
}
