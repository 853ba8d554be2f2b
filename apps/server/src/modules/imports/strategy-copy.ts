import type { AnswerValue } from '@concord/domain';
import type { StrategyChapterKey } from '@concord/domain/document';
import type { Db } from '../../db/database.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import { insertFirstAnswer } from '../answers/answers.repository.js';
import { insertFirstNarrative } from '../narrative/narrative.repository.js';
import { insertStrategy } from '../strategies/strategies.repository.js';
import { type Strategy, strategyRowToStrategy } from '../strategies/strategy.js';

/**
 * Writes a new strategy with its answers and narrative, each at revision 1 by the actor: what
 * an import and a new cycle both produce. Call it inside the transaction of the whole change.
 */
export async function insertStrategyWithContent(
  db: Db,
  input: {
    cityId: string;
    actorId: string;
    title: string;
    startYear: number;
    endYear: number;
    contentVersion: number;
    answers: Record<string, AnswerValue>;
    narrative: Partial<Record<StrategyChapterKey, string>>;
    now: Date;
  },
): Promise<Strategy> {
  const at = toTimestamp(input.now);
  const row = {
    id: newId(),
    city_id: input.cityId,
    title: input.title,
    start_year: input.startYear,
    end_year: input.endYear,
    content_version: input.contentVersion,
    status: 'active',
    revision: 1,
    created_by: input.actorId,
    created_at: at,
    updated_at: at,
  };
  await insertStrategy(db, row);
  for (const [questionId, value] of Object.entries(input.answers)) {
    await insertFirstAnswer(db, {
      city_id: input.cityId,
      strategy_id: row.id,
      question_id: questionId,
      value: JSON.stringify(value),
      revision: 1,
      updated_by: input.actorId,
      updated_at: at,
    });
  }
  for (const [chapterKey, text] of Object.entries(input.narrative)) {
    if (!text) continue;
    await insertFirstNarrative(db, {
      city_id: input.cityId,
      strategy_id: row.id,
      chapter_key: chapterKey,
      text,
      revision: 1,
      updated_by: input.actorId,
      updated_at: at,
    });
  }
  return strategyRowToStrategy(row);
}
