import { z } from 'zod';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireSignedIn } from '../../http/guards.js';
import { requireActor } from '../auth/authenticate.js';
import { userEnvelope } from '../users/user.schemas.js';
import { accountResponse, changePasswordBody, updateProfileBody } from './account.schemas.js';
import { changePassword, getAccount, updateProfile } from './account.service.js';

export function registerAccountRoutes(api: ApiInstance, { db, passwords }: RouteContext): void {
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
        summary: 'Change your password; signs out your other sessions.',
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
      );
      return reply.code(204).send(null);
    },
  );
}
