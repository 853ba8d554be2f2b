export type { AnswerUpgrade } from './answer-upgrade.types.js';
export { ANSWER_UPGRADES, canUpgrade, upgradeAnswers } from './upgrade-answers.js';
export { splitBriefedUpgrade } from './v0-to-v1.split-briefed.js';
