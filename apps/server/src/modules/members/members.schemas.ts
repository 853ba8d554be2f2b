import { z } from 'zod';
import { ROLES } from '../cities/roles.js';

export const roleSchema = z.enum(ROLES, { error: `Choose one of: ${ROLES.join(', ')}.` });

export const memberParams = z.strictObject({
  cityId: z.string().max(100),
  userId: z.string().max(100),
});

export const changeRoleBody = z.strictObject({ role: roleSchema });

export const memberResponse = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  joinedAt: z.string(),
});

export const memberListResponse = z.object({ members: z.array(memberResponse) });
export const memberEnvelope = z.object({ member: memberResponse });
