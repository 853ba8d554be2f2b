import type { Db } from '../../db/database.js';
import { toTimestamp } from '../../lib/time.js';
import { listAcceptedRisks } from '../accepted-risks/accepted-risks.service.js';
import { listSensitiveAnswerRows } from '../consultations/sensitive-answers.repository.js';
import { WHOLE_ANSWER } from '../consultations/sensitive-marks.js';
import { loadAnswers } from '../findings/strategy-evaluation.js';
import {
  PORTABLE_FORMAT,
  PORTABLE_FORMAT_VERSION,
  type PortableStrategy,
  type PortableVersion,
  sealPortableStrategy,
} from '../imports/portable-format.js';
import { toNarrativeTexts } from '../narrative/narrative-chapter.js';
import { loadNarrative } from '../narrative/narrative.service.js';
import type { Strategy } from '../strategies/strategy.js';
import { parseSnapshot, versionRowToSummary } from '../versions/version.js';
import { listCommentRows, listVersionRows } from '../versions/versions.repository.js';

async function loadPortableVersions(db: Db, strategy: Strategy): Promise<PortableVersion[]> {
  const rows = await listVersionRows(db, { cityId: strategy.cityId, strategyId: strategy.id });
  const versions: PortableVersion[] = [];
  // Oldest first, the order they were made in.
  for (const row of [...rows].reverse()) {
    const summary = versionRowToSummary(row);
    const comments = await listCommentRows(db, { cityId: strategy.cityId, versionId: row.id });
    versions.push({
      number: summary.number,
      label: summary.label,
      status: summary.status,
      createdAt: summary.createdAt,
      createdBy: summary.createdBy?.name ?? null,
      statusChangedAt: summary.statusChangedAt,
      statusNote: summary.statusNote,
      decision: summary.decision,
      snapshot: parseSnapshot(row),
      comments: comments.map((comment) => ({
        sectionId: comment.section_id,
        text: comment.text,
        author: comment.author_name,
        createdAt: comment.created_at,
      })),
    });
  }
  return versions;
}

/**
 * The whole strategy as a portable file. Answers stay in the content version they were given
 * under; whoever imports the file upgrades them. People appear by name only: ids mean nothing
 * on another install.
 */
export async function buildPortableStrategy(
  strategy: Strategy,
  db: Db,
  now: Date,
): Promise<PortableStrategy> {
  const key = { cityId: strategy.cityId, strategyId: strategy.id };
  const [answers, chapters, risks, sensitive, versions] = await Promise.all([
    loadAnswers(db, strategy),
    loadNarrative(db, strategy),
    listAcceptedRisks(db, key),
    listSensitiveAnswerRows(db, key),
    loadPortableVersions(db, strategy),
  ]);
  return sealPortableStrategy({
    format: PORTABLE_FORMAT,
    formatVersion: PORTABLE_FORMAT_VERSION,
    exportedAt: toTimestamp(now),
    contentVersion: strategy.contentVersion,
    strategy: {
      title: strategy.title,
      startYear: strategy.startYear,
      endYear: strategy.endYear,
      status: strategy.status,
    },
    answers: answers.values,
    narrative: toNarrativeTexts(chapters),
    acceptedRisks: risks.map((risk) => ({
      ruleId: risk.ruleId,
      justification: risk.justification,
      acceptedBy: risk.acceptedBy?.name ?? null,
      acceptedAt: risk.acceptedAt,
    })),
    sensitiveAnswers: sensitive.map((row) => ({
      questionId: row.question_id,
      rowId: row.row_id === WHOLE_ANSWER ? null : row.row_id,
    })),
    versions,
  });
}

export function serializePortableStrategy(file: PortableStrategy): Buffer {
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
}
