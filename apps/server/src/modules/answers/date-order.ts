import type { CompiledContent } from '@concord/domain';
import type { Db } from '../../db/database.js';
import type { FieldProblem } from '../../errors/app-error.js';
import type { Strategy } from '../strategies/strategy.js';
import { listDatePairs } from './answer-checks.js';
import { findAnswerRows } from './answers.repository.js';

/**
 * Start/end date questions (e.g. the strategy horizon) checked together: the other date of the
 * pair comes from the same save when it is part of it, otherwise from what is stored. Runs inside
 * the saving transaction so it judges against the answers the save will sit beside.
 */
export async function findDateOrderProblems(
  db: Db,
  {
    strategy,
    content,
    pending,
    pathOf,
  }: {
    strategy: Strategy;
    content: CompiledContent;
    /** The values being saved, by question id (null clears). */
    pending: ReadonlyMap<string, unknown>;
    pathOf: (questionId: string) => string;
  },
): Promise<FieldProblem[]> {
  const pairs = listDatePairs(content).filter(
    (pair) => pending.has(pair.startId) || pending.has(pair.endId),
  );
  if (pairs.length === 0) return [];
  const storedIds = pairs.flatMap((p) => [p.startId, p.endId]).filter((id) => !pending.has(id));
  const rows = await findAnswerRows(db, strategy.cityId, strategy.id, storedIds);
  const stored = new Map(
    rows.map((row) => [row.question_id, row.value === null ? null : JSON.parse(row.value)]),
  );
  const valueOf = (id: string): unknown => (pending.has(id) ? pending.get(id) : stored.get(id));

  const problems: FieldProblem[] = [];
  for (const { startId, endId } of pairs) {
    const start = valueOf(startId);
    const end = valueOf(endId);
    if (typeof start !== 'string' || typeof end !== 'string' || end >= start) continue;
    problems.push(
      pending.has(endId)
        ? {
            path: pathOf(endId),
            message: `The end date must be on or after the start date (${start}).`,
          }
        : {
            path: pathOf(startId),
            message: `The start date must be on or before the end date (${end}).`,
          },
    );
  }
  return problems;
}
