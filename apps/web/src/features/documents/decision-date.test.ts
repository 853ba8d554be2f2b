import { describe, expect, it } from 'vitest';
import { parseDecisionDate } from './decision-date.js';

describe('parseDecisionDate', () => {
  it.each([
    [{ day: '12', month: '3', year: '2027' }, { value: '2027-03-12' }],
    [{ day: '١٢', month: '٣', year: '٢٠٢٧' }, { value: '2027-03-12' }],
    [{ day: '', month: '', year: '' }, {}],
  ])('%j -> %j', (raw, expected) => {
    expect(parseDecisionDate(raw)).toEqual(expected);
  });

  it.each([
    [{ day: '31', month: '2', year: '2027' }, 'workspace.error.date.notReal'],
    [{ day: '12', month: '', year: '2027' }, 'workspace.error.date.monthMissing'],
  ])('%j is refused with %s', (raw, messageId) => {
    expect(parseDecisionDate(raw).problem?.messageId).toBe(messageId);
  });
});
