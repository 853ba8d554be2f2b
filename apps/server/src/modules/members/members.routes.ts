import { z } from 'zod';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { guardCity, requireCityActor } from '../../http/guards.js';
import { cityIdParams } from '../cities/cities.schemas.js';
import {
  changeRoleBody,
  memberEnvelope,
  memberListResponse,
  memberParams,
} from './members.schemas.js';
import { changeMemberRole, listMembers, removeMember } from './members.service.js';

export function registerMemberRoutes(api: ApiInstance, { db }: RouteContext): void {
  api.get(
    '/cities/:cityId/members',
    {
      onRequest: guardCity(db, 'members.view'),
      schema: {
        tags: ['members'],
        summary: 'People in the city team and their roles.',
        params: cityIdParams,
        response: { 200: memberListResponse },
      },
    },
    async (request) => ({ members: await listMembers(requireCityActor(request), db) }),
  );

  api.patch(
    '/cities/:cityId/members/:userId',
    {
      onRequest: guardCity(db, 'members.manage'),
      schema: {
        tags: ['members'],
        summary: "Change a member's role (city admins). The last city admin cannot be demoted.",
        params: memberParams,
        body: changeRoleBody,
        response: { 200: memberEnvelope },
      },
    },
    async (request) => ({
      member: await changeMemberRole(
        { userId: request.params.userId, role: request.body.role },
        requireCityActor(request),
        db,
      ),
    }),
  );

  api.delete(
    '/cities/:cityId/members/:userId',
    {
      onRequest: guardCity(db, 'members.manage'),
      schema: {
        tags: ['members'],
        summary: 'Remove someone from the city team (city admins). The last city admin stays.',
        params: memberParams,
        response: { 204: z.null().describe('Removed') },
      },
    },
    async (request, reply) => {
      await removeMember({ userId: request.params.userId }, requireCityActor(request), db);
      return reply.code(204).send(null);
    },
  );
}
