import { createHash } from 'node:crypto';
import { STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import { z } from 'zod';
import { stableStringify } from '../answers/answer.js';
import { NARRATIVE_MAX_LENGTH } from '../narrative/narrative-chapter.js';
import { VERSION_STATUSES } from '../versions/version.js';

/**
 * The portable strategy file: a whole strategy (answers, narrative, accepted risks, sensitive
 * marks, versions with their comments and decisions) that imports into another city or
 * install. `checksum` is a SHA-256 of the canonical JSON of everything else (keys sorted, no
 * spaces), so a damaged or hand-edited file is caught before anything is written.
 */
export const PORTABLE_FORMAT = 'concord-strategy';
export const PORTABLE_FORMAT_VERSION = 1;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'Text may not hold a null character.');
const year = z.number().int().min(2000).max(2100);
const timestamp = z.string().max(40);
const answerValues = z.record(z.string().max(200), z.unknown());
const narrative = z.partialRecord(z.enum(STRATEGY_CHAPTER_KEYS), text(NARRATIVE_MAX_LENGTH));

const acceptedRisk = z.strictObject({
  ruleId: z.string().max(200),
  justification: text(2000),
  acceptedBy: text(200).nullable(),
  acceptedAt: timestamp,
});

const decision = z.strictObject({
  body: text(300),
  number: text(100).optional(),
  date: z.iso.date(),
  reference: text(500).optional(),
});

const snapshot = z.strictObject({
  contentVersion: z.number().int().min(0),
  strategy: z.strictObject({ title: text(200), startYear: year, endYear: year }),
  answers: answerValues,
  narrative: z.record(z.string().max(50), text(NARRATIVE_MAX_LENGTH)),
  acceptedRisks: z.array(acceptedRisk).max(1000),
  findings: z
    .array(
      z.strictObject({
        ruleId: z.string().max(200),
        kind: z.string().max(50),
        severity: z.string().max(50).nullable(),
      }),
    )
    .max(2000),
  evaluatedOn: z.string().max(10),
});

const version = z.strictObject({
  number: z.number().int().min(1),
  label: text(100),
  status: z.enum(VERSION_STATUSES),
  createdAt: timestamp,
  createdBy: text(200).nullable(),
  statusChangedAt: timestamp,
  statusNote: text(2000).nullable(),
  decision: decision.nullable(),
  snapshot,
  comments: z
    .array(
      z.strictObject({
        sectionId: z.string().max(200),
        text: text(5000),
        author: text(200),
        createdAt: timestamp,
      }),
    )
    .max(5000),
});

export const portableStrategySchema = z.strictObject({
  format: z.literal(PORTABLE_FORMAT),
  formatVersion: z.literal(PORTABLE_FORMAT_VERSION),
  exportedAt: timestamp,
  contentVersion: z.number().int().min(0),
  strategy: z.strictObject({
    title: text(200),
    startYear: year,
    endYear: year,
    status: z.enum(['active', 'archived']),
  }),
  answers: answerValues,
  narrative,
  acceptedRisks: z.array(acceptedRisk).max(1000),
  sensitiveAnswers: z
    .array(
      z.strictObject({ questionId: z.string().max(200), rowId: z.string().max(200).nullable() }),
    )
    .max(10_000),
  versions: z.array(version).max(500),
  checksum: z.strictObject({
    algorithm: z.literal('sha256'),
    value: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type PortableStrategy = z.output<typeof portableStrategySchema>;
export type PortableVersion = PortableStrategy['versions'][number];
export type PortablePayload = Omit<PortableStrategy, 'checksum'>;

/** SHA-256 (hex) of the payload's canonical JSON: sorted keys, no whitespace. */
export function computeChecksum(payload: Record<string, unknown>): string {
  const { checksum: _ignored, ...rest } = payload;
  return createHash('sha256').update(stableStringify(rest), 'utf8').digest('hex');
}

export function sealPortableStrategy(payload: PortablePayload): PortableStrategy {
  return { ...payload, checksum: { algorithm: 'sha256', value: computeChecksum(payload) } };
}
