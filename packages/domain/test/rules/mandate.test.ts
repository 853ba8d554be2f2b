import { describe, expect, it } from 'vitest';
import type { GroupRow } from '../../src/answers/answers.types.js';
import { compileContent, evaluate } from '../../src/engine/index.js';
import { loadContent } from '../../src/node/index.js';
import { TODAY, describeRuleCases, firedRuleCodes } from './rule-cases.helper.js';

const mandates = 'strategy:mandate:q:mandates';
const q = (name: string) => `strategy:mandate:q:${name}`;

const row = (id: string, sourceType: string, extra: Record<string, string> = {}): GroupRow => ({
  id,
  sourceType,
  ...extra,
});
/** A mandate whose text and issuer are on record, so only the field under test varies. */
const documented = (id: string, sourceType: string, extra: Record<string, string> = {}): GroupRow =>
  row(id, sourceType, {
    documentRef: 'Decision 12/2024',
    issuingBody: 'Ministry of Interior',
    ...extra,
  });

describeRuleCases({
  'MAN-01': [
    {
      name: 'fires when the only row says there is no mandate',
      values: { [mandates]: [row('a', 'none')] },
      fires: true,
    },
    {
      name: 'does not fire with any mandate',
      values: { [mandates]: [row('a', 'none'), row('b', 'council-decision')] },
      fires: false,
    },
    {
      name: 'boundary: an unanswered mandate list is incomplete, not critical',
      values: {},
      fires: false,
    },
    {
      name: 'S2 France pattern: a broader mandate is not "no mandate"',
      values: { [mandates]: [row('a', 'broader-mandate', { broaderBasis: 'crime-prevention' })] },
      fires: false,
    },
  ],
  'MAN-02': [
    {
      name: 'S2 France pattern: crime prevention only',
      values: {
        [mandates]: [documented('a', 'broader-mandate', { broaderBasis: 'crime-prevention' })],
      },
      fires: true,
    },
    {
      name: 'S8 Dąbrowa Górnicza pattern: public safety only',
      values: {
        [mandates]: [documented('a', 'broader-mandate', { broaderBasis: 'public-safety' })],
      },
      fires: true,
    },
    {
      name: 'does not fire when an explicit mandate exists too',
      values: {
        [mandates]: [documented('a', 'broader-mandate'), documented('b', 'council-decision')],
      },
      fires: false,
    },
    {
      name: 'boundary: a broader mandate beside a "none" row still fires',
      values: { [mandates]: [documented('a', 'broader-mandate'), row('b', 'none')] },
      fires: true,
    },
  ],
  'MAN-03': [
    {
      name: 'fires when a national mandate was never adopted locally although the council could',
      values: {
        [mandates]: [documented('a', 'national-framework')],
        [q('own-mandate-possible')]: 'yes',
        [q('locally-adopted')]: 'no',
      },
      fires: true,
    },
    {
      name: 'does not fire once the council adopted it',
      values: {
        [mandates]: [documented('a', 'national-framework')],
        [q('own-mandate-possible')]: 'yes',
        [q('locally-adopted')]: 'yes',
      },
      fires: false,
    },
    {
      name: 'does not fire when a council decision row exists',
      values: {
        [mandates]: [documented('a', 'national-legislation'), documented('b', 'council-decision')],
        [q('own-mandate-possible')]: 'yes',
      },
      fires: false,
    },
    {
      name: 'boundary: not when the council cannot adopt one',
      values: {
        [mandates]: [documented('a', 'central-directive')],
        [q('own-mandate-possible')]: 'no',
        [q('locally-adopted')]: 'no',
      },
      fires: false,
    },
  ],
  'MAN-04': [
    {
      name: 'fires when a mandate has no document reference',
      values: { [mandates]: [row('a', 'national-framework', { issuingBody: 'Ministry' })] },
      fires: true,
    },
    {
      name: 'fires when a mandate has no issuer',
      values: { [mandates]: [row('a', 'council-decision', { documentRef: 'Resolution 4' })] },
      fires: true,
    },
    {
      name: 'does not fire when every mandate is documented',
      values: {
        [mandates]: [documented('a', 'national-framework'), documented('b', 'broader-mandate')],
      },
      fires: false,
    },
    {
      name: 'boundary: a "none" row needs no document',
      values: { [mandates]: [row('a', 'none')] },
      fires: false,
    },
  ],
  'MAN-05': [
    {
      name: 'fires on a single-form mandate',
      values: {
        [mandates]: [documented('a', 'national-framework')],
        [q('threat-scope')]: 'single-form',
      },
      fires: true,
    },
    {
      name: 'fires when mapped threats fall outside the mandate',
      values: {
        [mandates]: [documented('a', 'national-framework')],
        [q('threat-scope')]: 'all-forms',
        [q('uncovered-threats')]: 'yes',
      },
      fires: true,
    },
    {
      name: 'does not fire on an all-forms mandate',
      values: {
        [mandates]: [documented('a', 'national-framework')],
        [q('threat-scope')]: 'all-forms',
        [q('uncovered-threats')]: 'no',
      },
      fires: false,
    },
    {
      name: 'boundary: a stale scope answer is ignored when the city has no mandate',
      values: { [mandates]: [row('a', 'none')], [q('threat-scope')]: 'single-form' },
      fires: false,
    },
  ],
  'MAN-06': [
    {
      name: 'S3 Kenya pattern: required county plan missing',
      values: {
        [mandates]: [
          documented('a', 'national-framework', {
            nature: 'requirement',
            requiredStructure: 'County Action Plan',
            requiredStructureExists: 'no',
          }),
        ],
      },
      fires: true,
    },
    {
      name: 'fires when nobody knows whether the required body exists',
      values: {
        [mandates]: [
          documented('a', 'central-directive', {
            requiredStructure: 'Local Safety Council',
            requiredStructureExists: 'unknown',
          }),
        ],
      },
      fires: true,
    },
    {
      name: 'S5 Serbia pattern: the council was formed, so no compliance gap',
      values: {
        [mandates]: [
          documented('a', 'central-directive', {
            requiredStructure: 'Local Safety Council',
            requiredStructureExists: 'yes',
          }),
        ],
      },
      fires: false,
    },
    {
      name: 'boundary: no required structure, nothing to miss',
      values: {
        [mandates]: [documented('a', 'national-framework', { requiredStructureExists: 'no' })],
      },
      fires: false,
    },
  ],
  'MAN-07': [
    {
      name: 'S6 Indonesia pattern: report twice a year',
      values: {
        [mandates]: [
          documented('a', 'national-framework', {
            nature: 'encouragement',
            reportingDuty: 'twice-a-year',
          }),
        ],
      },
      fires: true,
    },
    {
      name: 'does not fire without a reporting duty',
      values: { [mandates]: [documented('a', 'national-framework', { reportingDuty: 'none' })] },
      fires: false,
    },
    {
      name: 'boundary: a duty on a "none" row is ignored',
      values: { [mandates]: [row('a', 'none', { reportingDuty: 'yearly' })] },
      fires: false,
    },
  ],
  'MAN-08': [
    {
      name: 'fires when nobody knows whether the council may adopt a mandate',
      values: {
        [mandates]: [documented('a', 'broader-mandate')],
        [q('own-mandate-possible')]: 'unknown',
      },
      fires: true,
    },
    {
      name: 'does not fire once the answer is known',
      values: {
        [mandates]: [documented('a', 'broader-mandate')],
        [q('own-mandate-possible')]: 'yes',
      },
      fires: false,
    },
    {
      name: 'boundary: a council decision already answers the question',
      values: {
        [mandates]: [documented('a', 'council-decision')],
        [q('own-mandate-possible')]: 'unknown',
      },
      fires: false,
    },
  ],
  'MAN-09': [
    {
      name: 'S6 Indonesia pattern: encouraged only',
      values: { [mandates]: [documented('a', 'national-framework', { nature: 'encouragement' })] },
      fires: true,
    },
    {
      name: 'does not fire when another mandate requires action',
      values: {
        [mandates]: [
          documented('a', 'national-framework', { nature: 'encouragement' }),
          documented('b', 'council-decision', { nature: 'authority' }),
        ],
      },
      fires: false,
    },
    {
      name: 'boundary: a mandate of unstated nature is not "encouragement only"',
      values: { [mandates]: [documented('a', 'national-framework')] },
      fires: false,
    },
  ],
  'STR-01': [
    {
      name: 'holds for an explicit, documented mandate',
      values: { [mandates]: [documented('a', 'national-legislation')] },
      fires: true,
    },
    {
      name: 'does not hold for a documented broader mandate',
      values: { [mandates]: [documented('a', 'broader-mandate')] },
      fires: false,
    },
    {
      name: 'boundary: explicit but without its issuer does not hold',
      values: { [mandates]: [row('a', 'national-legislation', { documentRef: 'Act 2015' })] },
      fires: false,
    },
  ],
  'STR-02': [
    {
      name: 'holds with a council decision',
      values: { [mandates]: [documented('a', 'council-decision')] },
      fires: true,
    },
    {
      name: 'holds when the national mandate was adopted locally',
      values: {
        [mandates]: [documented('a', 'national-framework')],
        [q('locally-adopted')]: 'yes',
      },
      fires: true,
    },
    {
      name: 'does not hold otherwise',
      values: { [mandates]: [documented('a', 'national-framework')], [q('locally-adopted')]: 'no' },
      fires: false,
    },
  ],
  'STR-03': [
    {
      name: 'holds for all forms and wider harms',
      values: {
        [mandates]: [documented('a', 'council-decision')],
        [q('threat-scope')]: 'wider-harms',
      },
      fires: true,
    },
    {
      name: 'does not hold for a single form',
      values: {
        [mandates]: [documented('a', 'council-decision')],
        [q('threat-scope')]: 'single-form',
      },
      fires: false,
    },
    {
      name: 'boundary: all forms but uncovered threats does not hold',
      values: {
        [mandates]: [documented('a', 'council-decision')],
        [q('threat-scope')]: 'all-forms',
        [q('uncovered-threats')]: 'yes',
      },
      fires: false,
    },
  ],
  'STR-04': [
    {
      name: 'S7 Norway pattern: the required local plan exists',
      values: {
        [mandates]: [
          documented('a', 'national-framework', {
            nature: 'requirement',
            requiredStructure: 'Local plan',
            requiredStructureExists: 'yes',
          }),
        ],
      },
      fires: true,
    },
    {
      name: 'boundary: one of two required structures missing does not hold',
      values: {
        [mandates]: [
          documented('a', 'national-framework', {
            requiredStructure: 'Local plan',
            requiredStructureExists: 'yes',
          }),
          documented('b', 'central-directive', {
            requiredStructure: 'Safety council',
            requiredStructureExists: 'no',
          }),
        ],
      },
      fires: false,
    },
    {
      name: 'does not hold when nothing is required',
      values: { [mandates]: [documented('a', 'national-framework')] },
      fires: false,
    },
  ],
});

describe('S7 Norway pattern (mainstreamed local plan)', () => {
  it('shows the required, documented plan as strengths and raises no mandate gap', () => {
    const fired = firedRuleCodes({
      [mandates]: [
        documented('a', 'national-framework', {
          nature: 'requirement',
          requiredStructure: 'Local plan',
          requiredStructureExists: 'yes',
          reportingDuty: 'none',
        }),
      ],
      [q('own-mandate-possible')]: 'yes',
      [q('locally-adopted')]: 'yes',
      [q('threat-scope')]: 'all-forms',
      [q('uncovered-threats')]: 'no',
    });
    expect(fired).toEqual(expect.arrayContaining(['STR-01', 'STR-02', 'STR-03', 'STR-04']));
    expect(fired.filter((code) => code.startsWith('MAN-'))).toEqual([]);
  });
});

const content = compileContent((await loadContent()).library);

describe('S6 Indonesia pattern (encouraged, with a twice-yearly report)', () => {
  it('turns the reporting duty into a six-monthly task with the data it needs', () => {
    const { findings } = evaluate(
      content,
      {
        contentVersion: content.version,
        values: {
          [mandates]: [
            documented('a', 'national-framework', {
              nature: 'encouragement',
              reportingDuty: 'twice-a-year',
              reportingTo: 'National counter-extremism agency',
            }),
          ],
          [q('next-report-due')]: '2025-07-31',
          [q('reporting-data')]: 'Activities held, people reached, partners involved.',
        },
      },
      { today: TODAY },
    );
    const reporting = findings.find((f) => f.ruleId === 'strategy:rule:MAN-07');
    expect(reporting?.recurring).toEqual([
      {
        rowId: 'a',
        value: 'twice-a-year',
        everyMonths: 6,
        nextDue: '2025-07-31',
        needs: [q('reporting-data')],
      },
    ]);
    expect(findings.map((f) => f.ruleId)).toContain('strategy:rule:MAN-09');
  });

  it('makes no task for a schedule the mandate does not fix', () => {
    const { findings } = evaluate(
      content,
      {
        contentVersion: content.version,
        values: { [mandates]: [documented('a', 'national-framework', { reportingDuty: 'other' })] },
      },
      { today: TODAY },
    );
    expect(findings.find((f) => f.ruleId === 'strategy:rule:MAN-07')?.recurring).toEqual([]);
  });
});
