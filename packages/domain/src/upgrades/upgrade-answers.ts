import type { Answers } from '../answers/answers.types.js';
import type { AnswerUpgrade } from './answer-upgrade.types.js';
import { splitBriefedUpgrade } from './v0-to-v1.split-briefed.js';

/** Every shipped upgrade, one per version step. A new content version adds its entry here. */
export const ANSWER_UPGRADES: readonly AnswerUpgrade[] = [splitBriefedUpgrade];

/**
 * Brings stored answers from `fromVersion` to `toVersion` by applying each step in turn, and
 * records the new version. Throws when a step is missing, so answers are never half-upgraded.
 */
export function upgradeAnswers(
  answers: Answers,
  fromVersion: number,
  toVersion: number,
  upgrades: readonly AnswerUpgrade[] = ANSWER_UPGRADES,
): Answers {
  if (answers.contentVersion !== fromVersion) {
    throw new Error(`Answers record content version ${answers.contentVersion}, not ${fromVersion}`);
  }
  if (toVersion < fromVersion)
    throw new Error(`Cannot downgrade answers from version ${fromVersion} to ${toVersion}`);
  let values = answers.values;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = upgrades.find((u) => u.from === version && u.to === version + 1);
    if (!step)
      throw new Error(`No answer upgrade from content version ${version} to ${version + 1}`);
    values = step.upgrade(values);
  }
  return { contentVersion: toVersion, values };
}

/** Whether answers of `fromVersion` can be brought to `toVersion` with the given upgrades. */
export function canUpgrade(
  fromVersion: number,
  toVersion: number,
  upgrades: readonly AnswerUpgrade[] = ANSWER_UPGRADES,
): boolean {
  for (let version = fromVersion; version < toVersion; version += 1) {
    if (!upgrades.some((u) => u.from === version && u.to === version + 1)) return false;
  }
  return fromVersion <= toVersion;
}
