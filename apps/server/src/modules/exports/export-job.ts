import type { ExportRow } from '../../db/tables.js';
import { MINUTE } from '../../lib/time.js';
import type { ExportFormat } from './export-formats.js';

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** Files are kept this long, then removed when the city next exports. */
export const EXPORT_RETENTION_MS = 24 * 60 * MINUTE;

/**
 * A job that has not moved for this long was cut off (its server stopped mid-export): it is
 * reported as failed so nobody waits for it forever.
 */
export const STALLED_AFTER_MS = 10 * MINUTE;

export type ExportJobRow = Omit<ExportRow, 'file'>;

export interface ExportJob {
  exportId: string;
  strategyId: string;
  versionId: string | null;
  format: ExportFormat;
  locale: string;
  audience: string;
  status: ExportStatus;
  /** 0..1 */
  progress: number;
  error: { code: string; message: string } | null;
  fileName: string | null;
  createdAt: string;
  updatedAt: string;
}

function isStatus(value: string): value is ExportStatus {
  return (EXPORT_STATUSES as readonly string[]).includes(value);
}

export function exportRowToJob(row: ExportJobRow, now: Date): ExportJob {
  const status = isStatus(row.status) ? row.status : 'failed';
  const isStalled =
    (status === 'queued' || status === 'running') &&
    now.getTime() - Date.parse(row.updated_at) > STALLED_AFTER_MS;
  return {
    exportId: row.id,
    strategyId: row.strategy_id,
    versionId: row.version_id,
    // Only listed formats are ever written (the route checks them).
    format: row.format as ExportFormat,
    locale: row.locale,
    audience: row.audience,
    status: isStalled ? 'failed' : status,
    progress: row.progress / 100,
    error: isStalled
      ? { code: 'internal', message: 'This export was interrupted. Start it again.' }
      : row.error_code !== null
        ? { code: row.error_code, message: row.error_message ?? '' }
        : null,
    fileName: row.file_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
