import { z } from 'zod';

export const riskParams = z.strictObject({
  cityId: z.string().max(100),
  strategyId: z.string().max(100),
  ruleId: z.string().max(200).describe('A gap rule id, e.g. strategy:rule:FUN-05'),
});

export const acceptRiskBody = z.strictObject({
  justification: z
    .string()
    .trim()
    .min(10, 'Explain in at least 10 characters why the city accepts this risk.')
    .max(2000, 'Use at most 2,000 characters.'),
});

const person = z.object({ userId: z.string(), name: z.string() });

export const acceptedRiskResponse = z.object({
  ruleId: z.string(),
  justification: z.string(),
  acceptedBy: person.nullable(),
  acceptedAt: z.string(),
});

export const acceptedRiskEnvelope = z.object({ acceptedRisk: acceptedRiskResponse });
