import { z } from 'zod';
import { emailSchema, givenPasswordSchema } from '../users/user.schemas.js';

export const signInBody = z.strictObject({
  email: emailSchema,
  password: givenPasswordSchema,
});
