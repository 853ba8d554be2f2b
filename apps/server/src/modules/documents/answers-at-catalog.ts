import { type Answers, canUpgrade, upgradeAnswers } from '@concord/domain';
import { AppError } from '../../errors/app-error.js';
import type { ContentCatalog } from '../content/content-catalog.js';

/**
 * Answers brought to the content version this server has loaded, so the engine and the
 * document model read them with the same content. Stored answers are never rewritten.
 */
export function bringToCatalogVersion(answers: Answers, catalog: ContentCatalog): Answers {
  if (answers.contentVersion === catalog.version) return answers;
  if (!canUpgrade(answers.contentVersion, catalog.version)) {
    throw new AppError(
      'conflict',
      `These answers use version ${answers.contentVersion} of the guide content, which this version of Concord cannot read.`,
    );
  }
  return upgradeAnswers(answers, answers.contentVersion, catalog.version);
}
