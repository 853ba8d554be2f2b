import type { AnswerValue } from '@concord/domain';
import { STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import type { Db } from '../../db/database.js';
import { isSameValue } from '../answers/answer.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { bringToCatalogVersion } from '../documents/answers-at-catalog.js';
import { assertDocumentCan } from '../documents/documents.policy.js';
import { loadAnswers } from '../findings/strategy-evaluation.js';
import { toNarrativeTexts } from '../narrative/narrative-chapter.js';
import { loadNarrative } from '../narrative/narrative.service.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import type { Strategy } from '../strategies/strategy.js';
import { parseSnapshot } from './version.js';
import { loadVersion } from './versions.service.js';

/** `current` names the live strategy (answers and narrative as they are now). */
export const CURRENT = 'current';

interface Side {
  id: string;
  label: string;
  answers: Record<string, AnswerValue>;
  narrative: Record<string, string>;
}

async function loadSide(
  db: Db,
  strategy: Strategy,
  id: string,
  catalog: ContentCatalog,
): Promise<Side> {
  if (id === CURRENT) {
    const [answers, chapters] = await Promise.all([
      loadAnswers(db, strategy),
      loadNarrative(db, strategy),
    ]);
    return {
      id,
      label: 'Current',
      answers: bringToCatalogVersion(answers, catalog).values,
      narrative: toNarrativeTexts(chapters),
    };
  }
  const row = await loadVersion(db, strategy, id);
  const snapshot = parseSnapshot(row);
  const answers = { contentVersion: snapshot.contentVersion, values: snapshot.answers };
  return {
    id,
    label: row.label,
    answers: bringToCatalogVersion(answers, catalog).values,
    narrative: snapshot.narrative,
  };
}

/**
 * Two versions side by side: every question answered in either (in content order) and every
 * chapter written in either, each with both values and whether they differ. Answers of an
 * older content version are upgraded first, so a renamed question does not show as changed.
 */
export async function compareVersions(
  input: { strategyId: string; a: string; b: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
) {
  assertDocumentCan(actor, 'document.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const [a, b] = await Promise.all([
    loadSide(db, strategy, input.a, catalog),
    loadSide(db, strategy, input.b, catalog),
  ]);
  const content = catalog.compiled.en;
  const inContentOrder = content.sections.flatMap((section) => section.questionIds);
  const known = new Set(inContentOrder);
  const extra = [...new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])]
    .filter((id) => !known.has(id))
    .sort();
  const answers = [...inContentOrder, ...extra]
    .filter((id) => id in a.answers || id in b.answers)
    .map((questionId) => {
      const before = a.answers[questionId] ?? null;
      const after = b.answers[questionId] ?? null;
      return {
        questionId,
        sectionId: content.questions.get(questionId)?.sectionId ?? null,
        before,
        after,
        changed: !isSameValue(before, after),
      };
    });
  const narrative = STRATEGY_CHAPTER_KEYS.filter(
    (key) => (a.narrative[key] ?? '') !== '' || (b.narrative[key] ?? '') !== '',
  ).map((chapterKey) => {
    const before = a.narrative[chapterKey] ?? null;
    const after = b.narrative[chapterKey] ?? null;
    return { chapterKey, before, after, changed: before !== after };
  });
  return {
    a: { id: a.id, label: a.label },
    b: { id: b.id, label: b.label },
    answers,
    narrative,
  };
}
