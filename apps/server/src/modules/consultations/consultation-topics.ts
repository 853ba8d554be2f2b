import { DEFINITIONS_PART, FRAMING_PART } from './consultation.js';

/** The topic options of the consultation log (strategy:considerations:q:consultations). */
export const CONSULTATION_TOPICS = [
  'conceptual-approach',
  'terminology',
  'priorities',
  'other',
] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

export const CONSULTATIONS_QUESTION_ID = 'strategy:considerations:q:consultations';

/**
 * The topic a comment is filed under unless the moderator says otherwise: the framing asks
 * about the overall approach, the key terms about wording, a strategy section about priorities.
 */
export function defaultTopicOf(part: string): ConsultationTopic {
  if (part === FRAMING_PART) return 'conceptual-approach';
  if (part === DEFINITIONS_PART) return 'terminology';
  return 'priorities';
}
