import { z } from 'zod';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireSignedIn } from '../../http/guards.js';
import { requireActor } from '../auth/authenticate.js';
import { createSecurityLog } from '../auth/security-events.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import { endedSessionsResponse, ownSessionListResponse, sessionParams } from './account.schemas.js';
import { endOtherOwnSessions, endOwnSession, listOwnSessions } from './own-sessions.service.js';

/** "Your sessions" (ASVS 7.5.2): see where you are signed in and sign out there. */
export function registerOwnSessionRoutes(api: ApiInstance, { config, db }: RouteContext): void {
  api.get(
    '/me/sessions',
    {
      onRequest: requireSignedIn,
      schema: {
        tags: ['account'],
        summary: 'Where you are signed in: your sessions, with the one making this request marked.',
        response: { 200: ownSessionListResponse },
      },
    },
    async (request) => ({ sessions: await listOwnSessions(requireActor(request), db) }),
  );

  api.delete(
    '/me/sessions/:sessionId',
    {
      onRequest: requireSignedIn,
      schema: {
        tags: ['account'],
        summary:
          'Sign out one of your sessions (your current one signs you out here). 404 for any id that is not one of yours.',
        params: sessionParams,
        response: { 204: z.null().describe('Signed out') },
      },
    },
    async (request, reply) => {
      const { wasCurrent } = await endOwnSession(
        request.params.sessionId,
        requireActor(request),
        db,
        createSecurityLog(request.log, config.sessionSecret),
      );
      if (wasCurrent) clearSessionCookie(reply, config.sessionCookie);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/me/sessions/sign-out-others',
    {
      onRequest: requireSignedIn,
      schema: {
        tags: ['account'],
        summary: 'Sign out everywhere else: every session of yours except this one.',
        response: { 200: endedSessionsResponse },
      },
    },
    async (request) => ({
      ended: await endOtherOwnSessions(
        requireActor(request),
        db,
        createSecurityLog(request.log, config.sessionSecret),
      ),
    }),
  );
}
