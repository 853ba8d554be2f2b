import { z } from 'zod';
import { STRATEGY_STATUSES } from './strategy.js';
import { SECTION_STATUSES } from './section-status.js';

const titleSchema = z
  .string()
  .trim()
  .min(1, 'Enter a title.')
  .max(200, 'Use at most 200 characters.');

const yearSchema = z
  .number({ error: 'Enter a year, like 2025.' })
  .int('Enter a year, like 2025.')
  .min(2000, 'Enter a year from 2000 to 2100.')
  .max(2100, 'Enter a year from 2000 to 2100.');

export const END_BEFORE_START_MESSAGE = 'The end year must be the same as or after the start year.';

export const strategyIdParams = z.strictObject({
  cityId: z.string().max(100),
  strategyId: z.string().max(100),
});

export const createStrategyBody = z
  .strictObject({ title: titleSchema, startYear: yearSchema, endYear: yearSchema })
  .refine((body) => body.endYear >= body.startYear, {
    path: ['endYear'],
    message: END_BEFORE_START_MESSAGE,
  });

export const updateStrategyBody = z
  .strictObject({
    title: titleSchema.optional(),
    startYear: yearSchema.optional(),
    endYear: yearSchema.optional(),
    status: z
      .enum(STRATEGY_STATUSES, { error: 'Choose one of: active, archived.' })
      .optional()
      .describe('archived strategies are read-only'),
    baseRevision: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('When sent, the change is refused with 409 if the strategy changed since'),
  })
  .refine(
    (body) => [body.title, body.startYear, body.endYear, body.status].some((v) => v !== undefined),
    { message: 'Send at least one of: title, startYear, endYear, status.' },
  );

export const strategyResponse = z.object({
  id: z.string(),
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  contentVersion: z.number().int().describe('The content version its answers follow'),
  status: z.enum(STRATEGY_STATUSES),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const strategyEnvelope = z.object({ strategy: strategyResponse });
export const strategyListResponse = z.object({ strategies: z.array(strategyResponse) });

const person = z.object({ userId: z.string(), name: z.string() });

export const assignmentResponse = z.object({
  sectionId: z.string(),
  userId: z.string(),
  name: z.string(),
  assignedAt: z.string(),
  assignedBy: person.nullable(),
});

export const strategyDetailResponse = z.object({
  strategy: strategyResponse,
  lock: z
    .object({
      versionId: z.string(),
      number: z.number().int(),
      label: z.string(),
      approvedAt: z.string(),
    })
    .nullable()
    .describe('The approved version that makes the strategy read-only; null while it is open'),
  can: z.object({
    edit: z.boolean().describe('May edit answers (contributors: assigned sections only)'),
    editAllSections: z.boolean(),
    manage: z.boolean().describe('May change the title, years and status'),
    assign: z.boolean(),
    acceptRisk: z.boolean(),
    viewAudit: z.boolean(),
  }),
  assignments: z.array(assignmentResponse),
  sections: z.array(
    z.object({
      sectionId: z.string(),
      status: z.enum(SECTION_STATUSES),
      answered: z.number().int(),
      applicable: z.number().int(),
      required: z.number().int(),
      requiredAnswered: z.number().int(),
      assignees: z.array(person),
      canEdit: z.boolean().describe('Whether you may edit this section'),
    }),
  ),
});
