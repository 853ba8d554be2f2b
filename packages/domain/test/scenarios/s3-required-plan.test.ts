import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/scenarios/scenario-answers.js';
import { assess, expectTraced, q } from './scenario.helper.js';

// S3 (Kenya pattern): the national CVE strategy requires a County Action Plan, coordinated with
// the counter-terrorism centre; no plan yet; P/CVE is the only framing; the security committee leads.
describe('S3 required county plan (Kenya pattern)', () => {
  const s3 = assess(scenarioValues('S3'));

  it('flags the missing required plan as a high compliance gap', () => {
    const finding = s3.finding('MAN-06');
    expect(finding.severity).toBe('high');
    expect(finding.tags).toContain('compliance');
    expectTraced(finding, {
      field: 'requiredStructureExists',
      rowId: 'national-cve-strategy',
      actual: 'no',
    });
    expect(finding.examples).toContain('strategy:example:kenya');
  });

  it('flags the P/CVE-only framing under counter-terrorism as a high securitisation risk', () => {
    const finding = s3.finding('FRM-02');
    expect(finding.severity).toBe('high');
    expect(finding.tags).toContain('securitisation');
    expectTraced(finding, {
      op: 'count',
      q: q('framework', 'frameworks'),
      actual: { count: 1, rowIds: [] },
    });
    expectTraced(finding, { q: q('framework', 'under-counter-terrorism'), actual: 'yes' });
  });

  it('flags the security lead as a securitisation and trust signal', () => {
    expect(s3.finding('CON-1').severity).toBe('high');
    expectTraced(s3.finding('CON-1'), {
      q: q('institutionalisation', 'lead-kind'),
      actual: 'police-or-security',
    });
    expect(s3.finding('INS-03').severity).toBe('medium');
  });

  it('suggests combining framings and a non-security lead or co-lead', () => {
    const actions = s3.finding('FRM-02').actions.join(' ');
    expect(actions).toMatch(/public health, violence prevention or community safeguarding/);
    expect(actions).toMatch(/civilian lead or co-lead/);
    expect(s3.finding('INS-03').actions.join(' ')).toMatch(/co-lead/);
  });

  it('no longer credits the framing or the required structure', () => {
    for (const code of ['STR-04', 'STR-10', 'STR-24']) expect(s3.has(code), code).toBe(false);
  });
});
