import { z } from 'zod';
import { acceptedRiskResponse } from '../accepted-risks/accepted-risks.schemas.js';
import { evaluationResponse } from '../content/content.schemas.js';
import { SECTION_STATUSES } from '../strategies/section-status.js';
import { LOCALES } from '../users/user.js';

export const evaluationQuery = z.strictObject({
  locale: z
    .enum(LOCALES, { error: 'Choose one of: en, fr, ar.' })
    .optional()
    .describe("Language of the findings; default: the reader's own"),
});

export const strategyEvaluationResponse = z.object({
  today: z.string().describe("The date deadlines were judged against, in the city's time zone"),
  evaluation: evaluationResponse,
  acceptedRisks: z.array(
    acceptedRiskResponse.extend({
      isRaised: z.boolean().describe('Whether the finding is raised by the current answers'),
    }),
  ),
  sections: z.array(
    z.object({
      sectionId: z.string(),
      status: z.enum(SECTION_STATUSES),
      answered: z.number().int(),
      applicable: z.number().int(),
      required: z.number().int(),
      requiredAnswered: z.number().int(),
    }),
  ),
});
