import { stringify } from 'csv-stringify/sync';

/** One audit log entry as the workspace API returns it. */
export interface AuditEntry {
  id: string;
  at: string;
  actor: { userId: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

// A spreadsheet treats a cell starting with one of these as a formula (or, for tab and
// carriage return, may shift it into one); a leading quote makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell safe to open in Excel, LibreOffice or Google Sheets. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const HEADER = [
  'id',
  'at',
  'actor_id',
  'actor_name',
  'action',
  'entity_type',
  'entity_id',
  'before',
  'after',
];

/**
 * The audit log as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs pick
 * the right encoding). Before and after values are JSON. Every cell is neutralised, since
 * any of them may carry text someone typed.
 */
export function renderAuditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) => [
    entry.id,
    entry.at,
    entry.actor?.userId ?? '',
    entry.actor?.name ?? '',
    entry.action,
    entry.entityType,
    entry.entityId,
    jsonCell(entry.before),
    jsonCell(entry.after),
  ]);
  return `\uFEFF${stringify(
    [HEADER, ...rows].map((row) => row.map(neutraliseFormula)),
    {
      record_delimiter: '\r\n',
    },
  )}`;
}

function jsonCell(value: unknown): string {
  return value === undefined || value === null ? '' : JSON.stringify(value);
}
