import { z } from 'zod';
import { ROLES } from '../cities/roles.js';
import { roleSchema } from '../members/members.schemas.js';
import { emailSchema, givenPasswordSchema, personNameSchema } from '../users/user.schemas.js';

export const createInvitationBody = z.strictObject({ email: emailSchema, role: roleSchema });

export const invitationParams = z.strictObject({
  cityId: z.string().max(100),
  invitationId: z.string().max(100),
});

// Malformed tokens are answered like unknown ones (410), so the schema accepts any short text.
export const tokenParams = z.strictObject({ token: z.string().max(200) });

/**
 * New accounts send a name and a new password; existing accounts send their password only.
 * Which one applies is known only after looking the email up, so the service checks the rest.
 */
export const acceptInvitationBody = z.strictObject({
  name: personNameSchema.optional(),
  password: givenPasswordSchema,
});

export const invitationResponse = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  expiresAt: z.string(),
  createdBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
});

export const invitationListResponse = z.object({ invitations: z.array(invitationResponse) });

export const createdInvitationResponse = z.object({
  invitation: invitationResponse,
  link: z.string().describe('Shown once: only a hash of its token is kept.'),
});

export const invitationPreviewResponse = z.object({
  cityName: z.string(),
  role: z.enum(ROLES),
  email: z.string(),
  accountExists: z.boolean(),
});
