import { z } from 'zod';
import { assignmentResponse } from '../strategies/strategies.schemas.js';

export const assignmentParams = z.strictObject({
  cityId: z.string().max(100),
  strategyId: z.string().max(100),
  sectionId: z.string().max(200),
});

export const setAssigneesBody = z.strictObject({
  userIds: z
    .array(z.string().max(100))
    .max(50, 'Assign at most 50 people to a section.')
    .refine((ids) => new Set(ids).size === ids.length, 'List each person once.')
    .describe('Members of the city responsible for the section; [] removes everyone'),
});

export const assignmentListResponse = z.object({
  assignments: z.array(assignmentResponse).describe('Every assignment of the strategy'),
});
