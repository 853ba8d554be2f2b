import { z } from 'zod';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { userEnvelope } from '../users/user.schemas.js';
import { signInBody } from './auth.schemas.js';
import { signIn } from './auth.service.js';
import { createSecurityLog } from './security-events.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { endSession } from './session.service.js';

export function registerAuthRoutes(api: ApiInstance, ctx: RouteContext): void {
  const { config, db, passwords } = ctx;

  api.post(
    '/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Sign in with email and password; sets the session cookie and ends any session this browser already had.',
        body: signInBody,
        response: { 200: userEnvelope },
      },
    },
    async (request, reply) => {
      const { user, session } = await signIn(
        { ...request.body, ip: request.ip, previousSessionId: request.actor?.sessionId },
        db,
        passwords,
        createSecurityLog(request.log, config.sessionSecret),
      );
      setSessionCookie(reply, config.sessionCookie, session);
      return { user };
    },
  );

  api.post(
    '/auth/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session and clear the cookie.',
        response: { 204: z.null().describe('Signed out') },
      },
    },
    async (request, reply) => {
      if (request.actor) {
        await endSession(db, request.actor.sessionId);
        createSecurityLog(request.log, config.sessionSecret).record('auth.sign_out', {
          userId: request.actor.userId,
          sessionId: request.actor.sessionId,
        });
      }
      clearSessionCookie(reply, config.sessionCookie);
      return reply.code(204).send(null);
    },
  );
}
