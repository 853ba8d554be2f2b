import type { AuditRow } from '../../db/tables.js';

export const AUDIT_ACTIONS = [
  'city.create',
  'city.update',
  'member.join',
  'member.role-change',
  'member.remove',
  'invitation.create',
  'invitation.cancel',
  'strategy.create',
  'strategy.update',
  'answer.save',
  'answer.clear',
  'assignment.set',
  'risk.accept',
  'risk.withdraw',
  'answer.sensitivity',
  'consultation.create',
  'consultation.update',
  'consultation.publish',
  'consultation.close',
  'comment.moderate',
  'comment.reply',
  'comment.link',
  'narrative.save',
  'version.create',
  'version.transition',
  'version.comment',
  'strategy.import',
  'strategy.new-cycle',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  'city',
  'member',
  'invitation',
  'strategy',
  'answer',
  'assignment',
  'accepted-risk',
  'consultation',
  'comment',
  'narrative',
  'version',
  'version-comment',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export interface AuditEntry {
  id: string;
  at: string;
  actor: { userId: string; name: string } | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  strategyId: string | null;
  before: unknown;
  after: unknown;
}

function parseJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

export function auditRowToEntry(row: AuditRow & { actor_name: string | null }): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor:
      row.actor_id !== null && row.actor_name !== null
        ? { userId: row.actor_id, name: row.actor_name }
        : null,
    // Only this module writes the log, always with a listed action and entity type.
    action: row.action as AuditAction,
    entityType: row.entity_type as AuditEntityType,
    entityId: row.entity_id,
    strategyId: row.strategy_id,
    before: parseJson(row.before),
    after: parseJson(row.after),
  };
}

/** The position after an entry, opaque to clients. */
export function encodeAuditCursor(row: { at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.at, row.id])).toString('base64url');
}

export function decodeAuditCursor(cursor: string): { at: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // Not JSON: treated like any other malformed cursor below.
  }
  return undefined;
}
