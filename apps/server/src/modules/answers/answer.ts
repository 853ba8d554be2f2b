import type { AnswerValue } from '@concord/domain';
import type { AnswerRowWithAuthor } from './answers.repository.js';

/** One stored answer as the API shows it; `value` is null once cleared or never given. */
export interface StoredAnswer {
  questionId: string;
  value: AnswerValue | null;
  revision: number;
  updatedBy: { userId: string; name: string } | null;
  updatedAt: string | null;
}

export function answerRowToAnswer(row: AnswerRowWithAuthor): StoredAnswer {
  return {
    questionId: row.question_id,
    value: row.value === null ? null : (JSON.parse(row.value) as AnswerValue),
    revision: row.revision,
    updatedBy:
      row.updated_by !== null && row.updated_by_name !== null
        ? { userId: row.updated_by, name: row.updated_by_name }
        : null,
    updatedAt: row.updated_at,
  };
}

/** The state of a question nobody has answered yet. */
export function unansweredAnswer(questionId: string): StoredAnswer {
  return { questionId, value: null, revision: 0, updatedBy: null, updatedAt: null };
}

/**
 * JSON with object keys sorted, so two values that differ only in key order compare equal
 * (a browser may send a row's fields in any order).
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : item,
  );
}

export function isSameValue(a: unknown, b: unknown): boolean {
  return stableStringify(a ?? null) === stableStringify(b ?? null);
}
