import type { AnswerValue } from '../answers/answers.types.js';
import type { AnswerUpgrade } from './answer-upgrade.types.js';

const OLD_BRIEFED = 'strategy:awareness:q:briefed';
const DEPARTMENTS_BRIEFED = 'strategy:awareness:q:departments-briefed';
const LEADERSHIP_BRIEFED = 'strategy:awareness:q:leadership-briefed';
const LEADERSHIP_OPTION = 'political-leadership';
const NOBODY_OPTION = 'nobody-yet';

/**
 * Version 0 asked one multi question, "Who has been briefed on the mandate?", whose options were
 * the departments plus `political-leadership` (and `nobody-yet`). Version 1 splits it, because
 * briefing departments and briefing political leaders are different gaps (AW-1 and AW-5):
 * the departments go to departments-briefed, the leadership to the yes/no leadership-briefed.
 * An answered old list without the leadership means the leadership was not briefed.
 */
export const splitBriefedUpgrade: AnswerUpgrade = {
  from: 0,
  to: 1,
  summary: 'Split "who has been briefed" into departments-briefed and leadership-briefed',
  upgrade(values) {
    const { [OLD_BRIEFED]: old, ...rest } = values;
    const result: Record<string, AnswerValue> = { ...rest };
    if (!Array.isArray(old) || !old.every((item) => typeof item === 'string')) return result;

    const items = old as string[];
    const departments = items.filter(
      (item) => item !== LEADERSHIP_OPTION && item !== NOBODY_OPTION,
    );
    if (departments.length > 0 && !(DEPARTMENTS_BRIEFED in result))
      result[DEPARTMENTS_BRIEFED] = departments;
    if (items.length > 0 && !(LEADERSHIP_BRIEFED in result)) {
      result[LEADERSHIP_BRIEFED] = items.includes(LEADERSHIP_OPTION) ? 'yes' : 'no';
    }
    return result;
  },
};
