// Shapes of the participation API (consultations, comments, sensitive answers, language check).
// The server's route schemas are the contract; the browser trusts them as the rest of the app does.
import type { Locale } from '../../api/types.js';

export type ConsultationStatus = 'draft' | 'published' | 'closed';
export type ConsultationPhase = 'draft' | 'upcoming' | 'open' | 'closed';
export type CommentStatus = 'pending' | 'approved' | 'rejected';
export const CONSULTATION_TOPICS = [
  'conceptual-approach',
  'terminology',
  'priorities',
  'other',
] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

export interface ConsultationText {
  title: string;
  framing: string;
}

export interface Consultation {
  id: string;
  strategyId: string;
  status: ConsultationStatus;
  phase: ConsultationPhase;
  publicUrl: string | null;
  languages: Locale[];
  texts: Partial<Record<Locale, ConsultationText>>;
  questionIds: string[];
  definitionRowIds: string[];
  opensOn: string;
  closesOn: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  closedAt: string | null;
  summarizedAt: string | null;
  comments: { pending: number; approved: number; rejected: number };
}

export interface DraftInput {
  languages: Locale[];
  texts: Partial<Record<Locale, ConsultationText>>;
  questionIds: string[];
  definitionRowIds: string[];
  opensOn: string;
  closesOn: string;
}

export interface PreviewAnswer {
  questionId: string;
  label: string;
  paragraphs: string[];
  rows: { title: string; fields: { label: string; value: string }[] }[];
}

export interface PreviewPart {
  kind: 'framing' | 'definitions' | 'section';
  id: string;
  topic: string;
  heading?: string;
  paragraphs?: string[];
  definitions?: { term: string; paragraphs: string[] }[];
  answers?: PreviewAnswer[];
}

export type LeftOutReason =
  'unknown-question' | 'sensitive-content' | 'marked-sensitive' | 'not-applicable' | 'unanswered';

export interface TextFlag {
  entryId: string;
  severity: 'medium' | 'info';
  start: number;
  end: number;
  match: string;
  why: string;
  suggestions: string[];
}

export interface ConsultationDetail {
  consultation: Consultation;
  preview: { lang: Locale; title: string; parts: PreviewPart[] };
  leftOut: { questionId: string; rowId?: string; reason: LeftOutReason }[];
  languageChecks: {
    language: Locale;
    field: 'title' | 'framing';
    flags: TextFlag[];
    undefinedKeyTerms: { keyTermId: string; term: string; match: string }[];
  }[];
}

export interface Comment {
  id: string;
  part: string;
  authorName: string | null;
  body: string;
  language: string;
  status: CommentStatus;
  topic: ConsultationTopic | null;
  rejectionReason: string | null;
  moderatedAt: string | null;
  reply: string | null;
  repliedAt: string | null;
  link: { questionId: string; note: string; linkedAt: string } | null;
  createdAt: string;
}

export interface SensitiveMark {
  questionId: string;
  whole: boolean;
  rowIds: string[];
}

export interface LanguageFinding {
  ruleId: string;
  severity: 'medium' | 'info';
  title: string;
  why: string;
  actions: string[];
  occurrences: {
    entryId?: string;
    keyTermId?: string;
    match: string;
    location?: { q: string; rowId?: string; field?: string };
  }[];
}
