import { z } from 'zod';
import { ROLES } from '../cities/roles.js';
import {
  givenPasswordSchema,
  localeSchema,
  newPasswordSchema,
  personNameSchema,
  userResponse,
} from '../users/user.schemas.js';

export const accountResponse = z.object({
  user: userResponse,
  memberships: z.array(z.object({ cityId: z.string(), cityName: z.string(), role: z.enum(ROLES) })),
});

export const updateProfileBody = z
  .strictObject({ name: personNameSchema.optional(), locale: localeSchema.optional() })
  .refine((body) => body.name !== undefined || body.locale !== undefined, {
    message: 'Send at least one of: name, locale.',
  });

export const changePasswordBody = z.strictObject({
  currentPassword: givenPasswordSchema,
  newPassword: newPasswordSchema,
});

export const sessionParams = z.strictObject({ sessionId: z.string().max(100) });

export const ownSessionResponse = z.object({
  id: z.string(),
  createdAt: z.string().describe('When you signed in.'),
  lastSeenAt: z.string().describe('Last use, to within 5 minutes.'),
  expiresAt: z.string().describe('When it ends if it stays in use (30 days) or unused (7 days).'),
  isCurrent: z.boolean().describe('The session making this request: this device.'),
});

export const ownSessionListResponse = z.object({ sessions: z.array(ownSessionResponse) });

export const endedSessionsResponse = z.object({
  ended: z.number().int().describe('How many sessions were signed out.'),
});
