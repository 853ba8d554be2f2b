import type { StrategyChapterKey } from '@concord/domain/document';
import type { Db } from '../../db/database.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import { upsertAcceptedRisk } from '../accepted-risks/accepted-risks.repository.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import { replaceSensitiveMarks } from '../consultations/sensitive-answers.repository.js';
import { WHOLE_ANSWER } from '../consultations/sensitive-marks.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { assertDocumentCan } from '../documents/documents.policy.js';
import { describeStrategyForAudit, type Strategy } from '../strategies/strategy.js';
import { insertCommentRow, insertVersionRow } from '../versions/versions.repository.js';
import {
  checkAnswers,
  checkReferences,
  readPortableFile,
  rejectWithProblems,
} from './import-checks.js';
import type { PortableStrategy } from './portable-format.js';
import { insertStrategyWithContent } from './strategy-copy.js';

function groupMarks(file: PortableStrategy): Map<string, string[]> {
  const byQuestion = new Map<string, string[]>();
  for (const mark of file.sensitiveAnswers) {
    const rows = byQuestion.get(mark.questionId) ?? [];
    rows.push(mark.rowId ?? WHOLE_ANSWER);
    byQuestion.set(mark.questionId, [...new Set(rows)]);
  }
  return byQuestion;
}

async function insertVersions(
  db: Db,
  { strategy, file }: { strategy: Strategy; file: PortableStrategy },
): Promise<void> {
  for (const version of file.versions) {
    const versionId = newId();
    await insertVersionRow(db, {
      id: versionId,
      city_id: strategy.cityId,
      strategy_id: strategy.id,
      number: version.number,
      label: version.label,
      status: version.status,
      content_version: version.snapshot.contentVersion,
      snapshot: JSON.stringify(version.snapshot),
      decision: version.decision ? JSON.stringify(version.decision) : null,
      // People of another install are not accounts here; comments keep their names.
      created_by: null,
      created_at: version.createdAt,
      status_changed_by: null,
      status_changed_at: version.statusChangedAt,
      status_note: version.statusNote,
    });
    for (const comment of version.comments) {
      await insertCommentRow(db, {
        id: newId(),
        city_id: strategy.cityId,
        version_id: versionId,
        section_id: comment.sectionId,
        text: comment.text,
        author_id: null,
        author_name: comment.author,
        created_at: comment.createdAt,
      });
    }
  }
}

/**
 * Imports a portable strategy file as a new strategy of the actor's city. Everything is checked
 * before anything is written, and everything is written in one transaction: a refused or
 * failed import leaves no trace. Answers come in at this install's content version, so the
 * engine derives the same findings here as where the file came from.
 */
export async function importStrategy(
  input: { file: string; title?: string | undefined },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<Strategy> {
  assertDocumentCan(actor, 'strategy.import');
  const file = readPortableFile(input.file, catalog);
  const answers = checkAnswers(
    { contentVersion: file.contentVersion, values: file.answers },
    catalog,
    'file.answers',
  );
  const problems = [...answers.problems, ...checkReferences(file, catalog)];
  file.versions.forEach((version, i) => {
    const snapshotAnswers = {
      contentVersion: version.snapshot.contentVersion,
      values: version.snapshot.answers,
    };
    problems.push(
      ...checkAnswers(snapshotAnswers, catalog, `file.versions.${i}.snapshot.answers`).problems,
    );
  });
  rejectWithProblems(problems);

  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const strategy = await insertStrategyWithContent(trx, {
      cityId: actor.city.cityId,
      actorId: actor.userId,
      title: input.title ?? file.strategy.title,
      startYear: file.strategy.startYear,
      endYear: file.strategy.endYear,
      contentVersion: catalog.version,
      answers: answers.values,
      narrative: file.narrative as Partial<Record<StrategyChapterKey, string>>,
      now,
    });
    const key = { cityId: strategy.cityId, strategyId: strategy.id };
    for (const risk of file.acceptedRisks) {
      await upsertAcceptedRisk(trx, {
        city_id: key.cityId,
        strategy_id: key.strategyId,
        rule_id: risk.ruleId,
        justification: risk.justification,
        // Whoever accepted it elsewhere has no account here; the import is on the importer.
        accepted_by: actor.userId,
        accepted_at: risk.acceptedAt,
      });
    }
    for (const [questionId, rowIds] of groupMarks(file)) {
      await replaceSensitiveMarks(trx, {
        ...key,
        questionId,
        rowIds,
        markedBy: actor.userId,
        markedAt: toTimestamp(now),
      });
    }
    await insertVersions(trx, { strategy, file });
    await recordChange(trx, {
      cityId: key.cityId,
      actorId: actor.userId,
      action: 'strategy.import',
      entityType: 'strategy',
      entityId: strategy.id,
      strategyId: strategy.id,
      before: null,
      after: {
        ...describeStrategyForAudit(strategy),
        exportedAt: file.exportedAt,
        fileContentVersion: file.contentVersion,
        answers: Object.keys(answers.values).length,
        versions: file.versions.length,
      },
      at: now,
    });
    return strategy;
  });
}
