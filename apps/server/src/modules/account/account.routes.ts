import { z } from 'zod';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireSignedIn } from '../../http/guards.js';
import { requireActor } from '../auth/authenticate.js';
import { createSecurityLog } from '../auth/security-events.js';
import { userEnvelope } from '../users/user.schemas.js';
import { accountResponse, changePasswordBody, updateProfileBody } from './account.schemas.js';
import { changePassword, getAccount, updateProfile } from './account.service.js';
import { registerOwnSessionRoutes } from './own-sessions.routes.js';

export function registerAccountRoutes(api: ApiInstance, ctx: RouteContext): void {
  const { config, db, passwords } = ctx;
  api.get(
    '/me',
    {
      onRequest: requireSignedIn,
      schema: {
        tags: ['account'],
        summary: 'The signed-in user and the cities they belong to.',
        response: { 200: accountResponse },
      },
    },
    async (request) => getAccount(requireActor(request), db),
  );

  api.patch(
    '/me',
    {
      onRequest: requireSignedIn,
      schema: {
        tags: ['account'],
        summary: 'Change your name or language.',
        body: updateProfileBody,
        response: { 200: userEnvelope },
      },
    },
    async (request) => ({ user: await updateProfile(request.body, requireActor(request), db) }),
  );

  api.post(
    '/me/password',
    {
      onRequest: requireSignedIn,
      schema: {
        tags: ['account'],
        summary:
          'Change your password; signs out your other sessions. Common passwords and ones built on your name, email, city or "Concord" are refused.',
        body: changePasswordBody,
        response: { 204: z.null().describe('Password changed') },
      },
    },
    async (request, reply) => {
      await changePassword(
        { ...request.body, ip: request.ip },
        requireActor(request),
        db,
        passwords,
        createSecurityLog(request.log, config.sessionSecret),
      );
      return reply.code(204).send(null);
    },
  );

  registerOwnSessionRoutes(api, ctx);
}
