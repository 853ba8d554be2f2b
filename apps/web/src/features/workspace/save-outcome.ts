import type { AnswerValue } from '@concord/domain/engine';
import { isApiError } from '../../api/api-error.js';
import type { StoredAnswer } from './workspace.types.js';

/** Why a save can wait for nothing but the person: signed out, not allowed, gone. */
export type BlockedReason = 'signed-out' | 'forbidden' | 'not-found' | 'other';

export function blockedReasonOf(error: unknown): BlockedReason | null {
  if (!isApiError(error)) return null;
  switch (error.code) {
    case 'unauthenticated':
      return 'signed-out';
    case 'forbidden':
      return 'forbidden';
    case 'not_found':
      return 'not-found';
    case 'csrf_rejected':
    case 'invalid_credentials':
    case 'invitation_invalid':
      return 'other';
    default:
      return null;
  }
}

/** `body.value.0.amount` -> `0.amount`; anything outside the value belongs to the whole answer. */
export function toAnswerPath(serverPath: string): string {
  const match = /^body\.value(?:\.(.*))?$/.exec(serverPath);
  return match?.[1] ?? '';
}

/** The answer a 409 carries as `current`, checked field by field (the body is untyped). */
export function readStoredAnswer(value: unknown): StoredAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const answer = value as Partial<StoredAnswer>;
  if (typeof answer.revision !== 'number') return null;
  return {
    value: (answer.value ?? null) as AnswerValue | null,
    revision: answer.revision,
    updatedBy: answer.updatedBy ?? null,
    updatedAt: typeof answer.updatedAt === 'string' ? answer.updatedAt : '',
  };
}

export function sameValue(
  a: AnswerValue | null | undefined,
  b: AnswerValue | null | undefined,
): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
