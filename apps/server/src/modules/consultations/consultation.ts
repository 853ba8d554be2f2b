import type { AnswerValue, GroupRow } from '@concord/domain';
import type { ConsultationRow } from '../../db/tables.js';
import type { LeftOut } from './public-filter.js';
import { type Locale, isLocale } from '../users/user.js';

export const CONSULTATION_STATUSES = ['draft', 'published', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Where a comment belongs: the framing, the key terms, or one content section. */
export const FRAMING_PART = 'framing';
export const DEFINITIONS_PART = 'definitions';

export interface ConsultationText {
  title: string;
  framing: string;
}

/**
 * What residents read, copied from the answers when the consultation is published, so they
 * comment on a text that does not shift under them. Sensitive items are never copied in; the
 * public view filters again when it is built, against the marks of that moment.
 */
export interface ConsultationSnapshot {
  contentVersion: number;
  /** The date the questions' applicability was judged on. */
  takenOn: string;
  values: Record<string, AnswerValue>;
  definitions: GroupRow[];
  /** What the selection named but was not copied, and why (for the coordinator). */
  leftOut: LeftOut[];
}

export interface Consultation {
  id: string;
  cityId: string;
  strategyId: string;
  slug: string | null;
  status: ConsultationStatus;
  /** The first language is the one the strategy's answers are written in. */
  languages: Locale[];
  texts: Partial<Record<Locale, ConsultationText>>;
  questionIds: string[];
  definitionRowIds: string[];
  opensOn: string;
  closesOn: string;
  snapshot: ConsultationSnapshot | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  closedAt: string | null;
  summarizedAt: string | null;
}

function parseStrings(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function parseTexts(text: string): Partial<Record<Locale, ConsultationText>> {
  const value = JSON.parse(text) as Record<string, ConsultationText>;
  const texts: Partial<Record<Locale, ConsultationText>> = {};
  for (const [language, item] of Object.entries(value)) {
    if (isLocale(language)) texts[language] = { title: item.title, framing: item.framing };
  }
  return texts;
}

export function consultationRowToConsultation(row: ConsultationRow): Consultation {
  return {
    id: row.id,
    cityId: row.city_id,
    strategyId: row.strategy_id,
    slug: row.slug,
    // Only this module writes the column, with a listed status (the database checks it too).
    status: row.status as ConsultationStatus,
    languages: parseStrings(row.languages).filter(isLocale),
    texts: parseTexts(row.texts),
    questionIds: parseStrings(row.question_ids),
    definitionRowIds: parseStrings(row.definition_row_ids),
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    snapshot: row.snapshot === null ? null : (JSON.parse(row.snapshot) as ConsultationSnapshot),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
    summarizedAt: row.summarized_at,
  };
}

export type ConsultationPhase = 'draft' | 'upcoming' | 'open' | 'closed';

/** Where the consultation stands for a resident on `today` (the city's date). */
export function phaseOf(consultation: Consultation, today: string): ConsultationPhase {
  if (consultation.status === 'draft') return 'draft';
  if (consultation.status === 'closed' || today > consultation.closesOn) return 'closed';
  return today < consultation.opensOn ? 'upcoming' : 'open';
}
