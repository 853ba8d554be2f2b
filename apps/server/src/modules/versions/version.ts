import type { AnswerValue } from '@concord/domain';
import type { StrategyVersionRow } from '../../db/tables.js';

export const VERSION_STATUSES = [
  'draft',
  'in-review',
  'submitted',
  'approved',
  'returned',
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** The council's (or another body's) decision on a submitted version. */
export interface VersionDecision {
  /** Who decided, e.g. "City council". */
  body: string;
  /** Decision or motion number. */
  number?: string | undefined;
  /** YYYY-MM-DD */
  date: string;
  /** Where the decision can be found (minutes, register, link). */
  reference?: string | undefined;
}

export interface Person {
  userId: string;
  name: string;
}

/** A version as lists show it (its snapshot is fetched separately). */
export interface VersionSummary {
  id: string;
  number: number;
  label: string;
  status: VersionStatus;
  contentVersion: number;
  createdAt: string;
  createdBy: Person | null;
  statusChangedAt: string;
  statusChangedBy: Person | null;
  statusNote: string | null;
  decision: VersionDecision | null;
}

/**
 * What a version froze: the answers in the content version they were given under, the
 * narrative, the accepted risks (with the name of whoever accepted them) and the findings the
 * engine derived that day. Exports of the version are built from this, never from live data.
 */
export interface VersionSnapshot {
  contentVersion: number;
  strategy: { title: string; startYear: number; endYear: number };
  answers: Record<string, AnswerValue>;
  narrative: Record<string, string>;
  acceptedRisks: {
    ruleId: string;
    justification: string;
    acceptedBy: string | null;
    acceptedAt: string;
  }[];
  findings: { ruleId: string; kind: string; severity: string | null }[];
  /** The date the findings were judged on, in the city's time zone. */
  evaluatedOn: string;
}

export type VersionRowWithNames = StrategyVersionRow & {
  created_by_name: string | null;
  status_changed_by_name: string | null;
};

function toPerson(userId: string | null, name: string | null): Person | null {
  return userId !== null && name !== null ? { userId, name } : null;
}

function isVersionStatus(value: string): value is VersionStatus {
  return (VERSION_STATUSES as readonly string[]).includes(value);
}

export function versionRowToSummary(row: VersionRowWithNames): VersionSummary {
  return {
    id: row.id,
    number: row.number,
    label: row.label,
    // The column has a CHECK constraint; this only narrows the type.
    status: isVersionStatus(row.status) ? row.status : 'draft',
    contentVersion: row.content_version,
    createdAt: row.created_at,
    createdBy: toPerson(row.created_by, row.created_by_name),
    statusChangedAt: row.status_changed_at,
    statusChangedBy: toPerson(row.status_changed_by, row.status_changed_by_name),
    statusNote: row.status_note,
    decision: row.decision === null ? null : (JSON.parse(row.decision) as VersionDecision),
  };
}

export function parseSnapshot(row: Pick<StrategyVersionRow, 'snapshot'>): VersionSnapshot {
  return JSON.parse(row.snapshot) as VersionSnapshot;
}
