import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-entry.js';

const dateOrTimestamp = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'Use a date like 2026-01-31 or a time like 2026-01-31T09:00:00Z.',
});

export const auditQuery = z.strictObject({
  strategyId: z.string().max(100).optional(),
  userId: z.string().max(100).optional().describe('Only changes made by this person'),
  action: z
    .enum(AUDIT_ACTIONS, { error: `Choose one of: ${AUDIT_ACTIONS.join(', ')}.` })
    .optional(),
  from: dateOrTimestamp.optional().describe('From this day (UTC) or instant, inclusive'),
  to: dateOrTimestamp.optional().describe('Up to the end of this day (UTC) or this instant'),
  limit: z.coerce
    .number({ error: 'Must be a whole number.' })
    .int('Must be a whole number.')
    .min(1, 'Must be 1 or more.')
    .max(200, 'Must be 200 or less.')
    .default(50),
  cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
});

const person = z.object({ userId: z.string(), name: z.string() });

export const auditEntryResponse = z.object({
  id: z.string(),
  at: z.string(),
  actor: person.nullable().describe('null when the account no longer exists'),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.enum(AUDIT_ENTITY_TYPES),
  entityId: z.string().describe('Question, section, rule, person, invitation or city id'),
  strategyId: z.string().nullable(),
  before: z.unknown().describe('State before the change (null when it did not exist)'),
  after: z.unknown().describe('State after the change (null when removed)'),
});

export const auditListResponse = z.object({
  entries: z.array(auditEntryResponse),
  nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null at the end'),
});
