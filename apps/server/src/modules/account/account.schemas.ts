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
