import type { SectionCompleteness } from '@concord/domain';
import { describe, expect, it } from 'vitest';
import { describeSectionStatus } from './section-status.js';

const progress = (overrides: Partial<SectionCompleteness>): SectionCompleteness => ({
  section: 'strategy:mandate',
  answered: 0,
  required: 2,
  requiredAnswered: 0,
  applicable: 5,
  percent: 0,
  isComplete: false,
  ...overrides,
});

describe('section status', () => {
  it.each([
    ['nothing answered', progress({}), false, 'not-started'],
    ['nothing answered, though a critical gap is raised', progress({}), true, 'not-started'],
    [
      'started, required missing',
      progress({ answered: 1, requiredAnswered: 1 }),
      false,
      'in-progress',
    ],
    [
      'every required answer given',
      progress({ answered: 2, requiredAnswered: 2, isComplete: true }),
      false,
      'completed',
    ],
    [
      'complete but with an open critical gap',
      progress({ answered: 5, requiredAnswered: 2, isComplete: true }),
      true,
      'has-critical',
    ],
    [
      'no required question, some answered',
      progress({ answered: 2, required: 0, isComplete: true }),
      false,
      'in-progress',
    ],
    [
      'no required question, all answered',
      progress({ answered: 5, required: 0, isComplete: true }),
      false,
      'completed',
    ],
  ] as const)('%s -> %s', (_what, input, hasOpenCritical, expected) => {
    expect(describeSectionStatus(input, hasOpenCritical)).toBe(expected);
  });
});
