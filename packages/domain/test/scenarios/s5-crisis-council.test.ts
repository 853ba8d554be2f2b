import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/scenarios/scenario-answers.js';
import { assess, expectTraced, q } from './scenario.helper.js';

// S5 (Serbia pattern): after a school shooting the ministry asked every municipality to form a
// Local Safety Council; it was formed in a hurry, with no remit, no link to existing structures,
// and only police and municipal members.
describe('S5 crisis-triggered council (Serbia pattern)', () => {
  const s5 = assess(scenarioValues('S5'));

  it('recognises the mandate as an explicit central directive', () => {
    expectTraced(s5.finding('STR-01'), {
      field: 'sourceType',
      rowId: 'ministry-request',
      actual: 'central-directive',
    });
    for (const code of ['MAN-01', 'MAN-02']) expect(s5.has(code), code).toBe(false);
  });

  it('warns that the new council stands apart from existing mechanisms (silo)', () => {
    const finding = s5.finding('CON-4');
    expect(finding.tags).toContain('silo');
    expect(finding.cites).toContain('strategy.considerations.existing-approaches');
    expectTraced(finding, {
      field: 'linkedToExisting',
      rowId: 'local-safety-council',
      actual: 'no',
      held: false,
    });
    expect(s5.has('STR-20')).toBe(false);
  });

  it('notes the missing remit document', () => {
    expectTraced(s5.finding('CON-7'), { field: 'remitDocument', actual: 'no' });
  });

  it('flags the whole-of-society gap: no civil society, communities or private sector', () => {
    expect(s5.finding('INS-08').tags).toContain('whole-of-society');
    expectTraced(s5.finding('INS-08'), {
      q: q('institutionalisation', 'lead-body-members'),
      held: false,
    });
    expect(s5.finding('PRI-4').severity).toBe('high');
  });

  it('flags the security-heavy membership as a securitisation and trust signal', () => {
    const finding = s5.finding('INS-09');
    expect(finding.tags).toContain('securitisation');
    expectTraced(finding, { op: 'includes', actual: ['city-administration', 'police-security'] });
    expect(s5.has('STR-25')).toBe(false);
  });
});
