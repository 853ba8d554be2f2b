import {
  type AnswerValue,
  type Answers,
  type Evaluation,
  canUpgrade,
  evaluate,
  upgradeAnswers,
} from '@concord/domain';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { listAnswerRows } from '../answers/answers.repository.js';
import { findCityById } from '../cities/cities.repository.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import type { Strategy } from '../strategies/strategy.js';
import type { Locale } from '../users/user.js';
import { todayInTimeZone } from './city-today.js';

export async function loadAnswers(db: Db, strategy: Strategy): Promise<Answers> {
  const rows = await listAnswerRows(db, strategy.cityId, strategy.id);
  const values: Record<string, AnswerValue> = {};
  for (const row of rows) {
    if (row.value !== null) values[row.question_id] = JSON.parse(row.value) as AnswerValue;
  }
  return { contentVersion: strategy.contentVersion, values };
}

/** Answers brought to the loaded content version (older strategies are read, never rewritten). */
function toCatalogVersion(answers: Answers, catalog: ContentCatalog): Answers {
  if (answers.contentVersion === catalog.version) return answers;
  if (!canUpgrade(answers.contentVersion, catalog.version)) {
    throw new AppError(
      'conflict',
      `This strategy uses version ${answers.contentVersion} of the guide content, which this version of Concord cannot evaluate.`,
    );
  }
  return upgradeAnswers(answers, answers.contentVersion, catalog.version);
}

export interface StrategyEvaluation {
  evaluation: Evaluation;
  /** The date deadlines were judged against, in the city's time zone. */
  today: string;
}

/**
 * Runs the one rules engine (the same the browser runs) over the stored answers, in the
 * reader's language, with "today" taken in the city's time zone.
 */
export async function evaluateStrategy(
  { strategy, locale, now }: { strategy: Strategy; locale: Locale; now: Date },
  db: Db,
  catalog: ContentCatalog,
): Promise<StrategyEvaluation> {
  const [answers, city] = await Promise.all([
    loadAnswers(db, strategy),
    findCityById(db, strategy.cityId),
  ]);
  const today = todayInTimeZone(city?.time_zone ?? 'UTC', now);
  const evaluation = evaluate(catalog.compiled[locale], toCatalogVersion(answers, catalog), {
    today,
  });
  return { evaluation, today };
}
