// Shapes of the strategy document API (see .team/API-DOCUMENTS.md); the browser trusts the
// server's schemas, as the rest of the app does.
import type {
  Audience,
  StrategyChapterKey,
  StrategyDocument,
  StrategyStatus,
} from '@concord/domain/document';
import type { Locale } from '../../api/types.js';
import type { Person } from '../workspace/workspace.types.js';

export type { Audience, StrategyChapterKey, StrategyDocument, StrategyStatus };

/** The approved version that makes the strategy read-only. */
export interface StrategyLock {
  versionId: string;
  number: number;
  label: string;
  approvedAt: string;
}

/** One chapter's narrative as stored: the Markdown text and the revision it is at (0: never written). */
export interface NarrativeChapter {
  text: string;
  revision: number;
  updatedBy: Person | null;
  updatedAt: string | null;
}

export interface NarrativeResponse {
  chapters: Partial<Record<StrategyChapterKey, NarrativeChapter>>;
  /** Whether the signed-in person may edit the narrative now (role, archive, lock). */
  canEdit: boolean;
  lock: StrategyLock | null;
}

export type DocumentKind = 'strategy' | 'handover-brief';

export interface DocumentResponse {
  document: StrategyDocument;
}

export const EXPORT_FORMATS = [
  'docx',
  'pdf',
  'markdown',
  'json',
  'handover-docx',
  'handover-pdf',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ExportJob {
  exportId: string;
  status: ExportStatus;
  /** 0..1 */
  progress: number;
  error: { code: string; message: string } | null;
  fileName: string | null;
}

export interface ExportRequest {
  format: ExportFormat;
  locale: Locale;
  audience: Audience;
  versionId?: string | undefined;
}

export interface StrategyVersion {
  id: string;
  /** 1, 2, 3... within the strategy. */
  number: number;
  label: string;
  status: StrategyStatus;
  contentVersion: number;
  createdAt: string;
  createdBy: Person | null;
  statusChangedAt: string;
  statusChangedBy: Person | null;
  /** The comment given with the last move (why it was returned). */
  statusNote: string | null;
  decision: VersionDecision | null;
}

/** The council's decision, as recorded on approval. */
export interface VersionDecision {
  /** Who decided. */
  body: string;
  /** Decision or motion number. */
  number?: string | undefined;
  /** YYYY-MM-DD */
  date: string;
  /** Where to find it: minutes, register entry, link. */
  reference?: string | undefined;
}

export interface VersionsResponse {
  /** Newest first. */
  versions: StrategyVersion[];
  lock: StrategyLock | null;
  can: { manage: boolean; comment: boolean; export: boolean };
}

export interface AnswerChange {
  questionId: string;
  sectionId: string | null;
  before: unknown;
  after: unknown;
  changed: boolean;
}

export interface NarrativeChange {
  chapterKey: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

export interface CompareResponse {
  a: { id: string; label: string };
  b: { id: string; label: string };
  answers: AnswerChange[];
  narrative: NarrativeChange[];
}

export interface TransitionRequest {
  to: StrategyStatus;
  comment?: string;
  decision?: VersionDecision;
}

export interface VersionComment {
  id: string;
  versionId: string;
  sectionId: string;
  text: string;
  /** The name is kept with the comment; userId is null once the account is gone. */
  author: { userId: string | null; name: string };
  createdAt: string;
}

export interface CommentsResponse {
  comments: VersionComment[];
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: Person | null;
  action: string;
  entityType: string;
  entityId: string;
  strategyId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}

export interface AuditFilters {
  strategyId?: string;
  userId?: string;
  action?: string;
  from?: string;
  to?: string;
}
