import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { guardCity, requireCityActor } from '../../http/guards.js';
import { createSecurityLog } from '../auth/security-events.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { endSession } from '../auth/session.service.js';
import { cityIdParams } from '../cities/cities.schemas.js';
import { userEnvelope } from '../users/user.schemas.js';
import {
  acceptInvitationBody,
  createInvitationBody,
  createdInvitationResponse,
  invitationListResponse,
  invitationParams,
  invitationPreviewResponse,
  tokenParams,
} from './invitations.schemas.js';
import {
  acceptInvitation,
  cancelInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
} from './invitations.service.js';

export function registerInvitationRoutes(
  api: ApiInstance,
  { config, db, passwords }: RouteContext,
): void {
  api.get(
    '/cities/:cityId/invitations',
    {
      onRequest: guardCity(db, 'members.manage'),
      schema: {
        tags: ['invitations'],
        summary: 'Invitations not yet used, cancelled or expired (city admins).',
        params: cityIdParams,
        response: { 200: invitationListResponse },
      },
    },
    async (request) => ({ invitations: await listInvitations(requireCityActor(request), db) }),
  );

  api.post(
    '/cities/:cityId/invitations',
    {
      onRequest: guardCity(db, 'members.manage'),
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone by email (city admins). The link is returned once, to copy.',
        params: cityIdParams,
        body: createInvitationBody,
        response: { 201: createdInvitationResponse },
      },
    },
    async (request, reply) => {
      const created = await createInvitation(
        { ...request.body, publicUrl: config.publicUrl },
        requireCityActor(request),
        db,
      );
      return reply.code(201).send(created);
    },
  );

  api.delete(
    '/cities/:cityId/invitations/:invitationId',
    {
      onRequest: guardCity(db, 'members.manage'),
      schema: {
        tags: ['invitations'],
        summary: 'Cancel a pending invitation (city admins).',
        params: invitationParams,
        response: { 204: z.null().describe('Cancelled') },
      },
    },
    async (request, reply) => {
      await cancelInvitation(
        { invitationId: request.params.invitationId },
        requireCityActor(request),
        db,
      );
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/invitations/:token',
    {
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link is for (no account needed). 410 when no longer valid.',
        params: tokenParams,
        response: { 200: invitationPreviewResponse },
      },
    },
    async (request) => previewInvitation({ token: request.params.token }, db),
  );

  api.post(
    '/invitations/:token/accept',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation: create the account or use the existing one; signs you in.',
        params: tokenParams,
        body: acceptInvitationBody,
        response: { 200: userEnvelope },
      },
    },
    async (request, reply) => {
      const log = createSecurityLog(request.log, config.sessionSecret);
      const { user, session, cityId, created } = await acceptInvitation(
        { token: request.params.token, ...request.body, ip: request.ip },
        db,
        passwords,
      ).catch((error: unknown) => {
        // Joining with an existing account is a sign-in: its failures are security events too.
        const reason = refusedSignInReason(error);
        if (reason) log.record('invitation.accept_refused', { reason });
        throw error;
      });
      // Whoever was signed in on this browser is replaced by the person who accepted.
      if (request.actor) await endSession(db, request.actor.sessionId);
      log.record('invitation.accepted', {
        userId: user.id,
        cityId,
        newAccount: created,
        sessionId: session.sessionId,
        endedSessionId: request.actor?.sessionId,
      });
      setSessionCookie(reply, config.sessionCookie, session);
      return { user };
    },
  );
}

function refusedSignInReason(error: unknown): string | null {
  if (!(error instanceof AppError)) return null;
  if (error.code === 'invalid_credentials') return 'wrong_password';
  if (error.code === 'rate_limited') return 'throttled';
  return null;
}
