import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../test/fixtures/fixture-library.js';
import type { AnswerValue } from '../answers/answers.types.js';
import type { ContentLibrary } from '../content/library.schema.js';
import { compileContent } from './compile-content.js';
import { evaluate } from './evaluate.js';

const content = compileContent(fixtureLibrary);
const TODAY = '2025-06-15';
const run = (values: Record<string, AnswerValue>) =>
  evaluate(content, { contentVersion: 3, values }, { today: TODAY });
const ids = (values: Record<string, AnswerValue>) => run(values).findings.map((f) => f.ruleId);

describe('evaluate: applicability', () => {
  it('lists applicable questions in content order, leaving out those whose when fails', () => {
    const result = run({ 'fx:basics:q:choice': 'b' });
    expect(result.applicable).not.toContain('fx:basics:q:followup');
    expect(result.applicable[0]).toBe('fx:basics:q:choice');
    expect(result.applicable).toContain('fx:money:q:sources');
  });

  it('applies a question once its when holds', () => {
    expect(run({ 'fx:basics:q:choice': 'a' }).applicable).toContain('fx:basics:q:followup');
  });

  it('applies a section only when the section when holds', () => {
    expect(run({}).applicable).not.toContain('fx:late:q:extra');
    expect(run({ 'fx:basics:q:name': 'Ville' }).applicable).toContain('fx:late:q:extra');
  });

  it('ignores the answer of a question that does not apply', () => {
    expect(ids({ 'fx:basics:q:choice': 'a', 'fx:basics:q:followup': 'because' })).toContain(
      'fx:rule:BAS-03',
    );
    expect(
      ids({ 'fx:basics:q:choice': 'b', 'fx:basics:q:followup': 'stale answer' }),
    ).not.toContain('fx:rule:BAS-03');
  });

  it('ignores a row field whose own when does not hold', () => {
    const city = { id: 'r1', kind: 'city', amount: 10, reviewed: 'no' };
    const donor = { id: 'r2', kind: 'donor', amount: 10, reviewed: 'no' };
    expect(ids({ 'fx:money:q:sources': [city] })).not.toContain('fx:rule:MON-02');
    expect(ids({ 'fx:money:q:sources': [donor] })).toContain('fx:rule:MON-02');
    expect(ids({ 'fx:money:q:sources': [{ ...donor, reviewed: 'yes' }] })).not.toContain(
      'fx:rule:MON-02',
    );
  });
});

describe('evaluate: completeness', () => {
  it('counts answered, required and applicable questions per section', () => {
    const basics = run({
      'fx:basics:q:choice': 'a',
      'fx:basics:q:ok': 'yes',
      'fx:basics:q:tags': [],
    }).completeness[0]!;
    expect(basics).toMatchObject({
      section: 'fx:basics',
      applicable: 11,
      required: 3,
      requiredAnswered: 2,
      answered: 2,
      isComplete: false,
    });
    expect(basics.percent).toBe(18);
  });

  it('reports 100 percent for a section where nothing applies', () => {
    expect(run({}).completeness.find((c) => c.section === 'fx:late')).toMatchObject({
      applicable: 0,
      percent: 100,
      isComplete: true,
    });
  });
});

describe('evaluate: findings', () => {
  it('sorts gaps by severity, then id, then strengths', () => {
    const result = run({
      'fx:basics:q:ok': 'no',
      'fx:money:q:sources': [
        { id: 'a', kind: 'grant', amount: 90 },
        { id: 'b', kind: 'city', amount: 10 },
      ],
    });
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      'fx:rule:BAS-01',
      'fx:rule:MON-01',
      'fx:rule:BAS-02',
      'fx:rule:MON-03',
      'fx:rule:STR-01',
    ]);
    expect(result.findings.map((f) => f.severity)).toEqual([
      'critical',
      'high',
      'medium',
      'info',
      undefined,
    ]);
  });

  it('carries the rule text, cites, examples and tags', () => {
    const finding = run({ 'fx:basics:q:choice': 'a', 'fx:basics:q:ok': 'no' }).findings[0]!;
    expect(finding).toMatchObject({
      ruleId: 'fx:rule:BAS-02',
      kind: 'gap',
      section: 'fx:basics',
      title: 'Not OK',
      why: 'It said no.',
      actions: ['Fix it', 'Check again'],
      cites: ['fx.basics'],
      examples: ['fx:example:town'],
      tags: [],
    });
  });

  it('traces each leaf that held with the answer values', () => {
    const finding = run({ 'fx:basics:q:choice': 'c', 'fx:basics:q:ok': 'no' }).findings[0]!;
    expect(finding.trace).toEqual([
      { op: 'equals', q: 'fx:basics:q:ok', expected: { value: 'no' }, actual: 'no', held: true },
    ]);
  });

  it('traces a leaf under `not` as held: false', () => {
    const finding = run({}).findings.find((f) => f.ruleId === 'fx:rule:BAS-01')!;
    expect(finding.trace).toEqual([
      { op: 'answered', q: 'fx:basics:q:choice', expected: {}, actual: null, held: false },
    ]);
  });

  it('traces row operators with the rows and the row fields that matched', () => {
    const finding = run({
      'fx:basics:q:choice': 'a',
      'fx:money:q:sources': [
        { id: 'r2', kind: 'donor', amount: 5, reviewed: 'no' },
        { id: 'r1', kind: 'city', amount: 5 },
      ],
    }).findings.find((f) => f.ruleId === 'fx:rule:MON-02')!;
    expect(finding.trace).toEqual([
      {
        op: 'some-row',
        q: 'fx:money:q:sources',
        expected: {},
        actual: { rowIds: ['r2'], rows: 2 },
        held: true,
      },
      {
        op: 'equals',
        field: 'kind',
        rowId: 'r2',
        group: 'fx:money:q:sources',
        expected: { value: 'donor' },
        actual: 'donor',
        held: true,
      },
      {
        op: 'equals',
        field: 'reviewed',
        rowId: 'r2',
        group: 'fx:money:q:sources',
        expected: { value: 'yes' },
        actual: 'no',
        held: false,
      },
    ]);
  });

  it('traces a share with its part and total', () => {
    const finding = run({
      'fx:basics:q:choice': 'a',
      'fx:money:q:sources': [
        { id: 'a', kind: 'grant', amount: 75 },
        { id: 'b', kind: 'city', amount: 25 },
      ],
    }).findings.find((f) => f.ruleId === 'fx:rule:MON-01')!;
    expect(finding.trace[0]).toMatchObject({
      op: 'share',
      actual: { share: 0.75, part: 75, total: 100, rowIds: ['a'] },
    });
  });
});

describe('evaluate: recurring tasks', () => {
  it('turns each matching row into a task with its rhythm, next due date and needed answers', () => {
    const finding = run({
      'fx:basics:q:end': '2025-09-30',
      'fx:money:q:sources': [
        { id: 'b', kind: 'grant', amount: 1 },
        { id: 'a', kind: 'grant', amount: 2 },
        { id: 'c', kind: 'city', amount: 3 },
      ],
    }).findings.find((f) => f.ruleId === 'fx:rule:MON-03')!;
    expect(finding.recurring).toEqual([
      {
        rowId: 'a',
        value: 'grant',
        everyMonths: 12,
        nextDue: '2025-09-30',
        needs: ['fx:basics:q:story'],
      },
      {
        rowId: 'b',
        value: 'grant',
        everyMonths: 12,
        nextDue: '2025-09-30',
        needs: ['fx:basics:q:story'],
      },
    ]);
  });

  it('leaves recurring out of findings whose rule has no recurrence', () => {
    expect(
      run({ 'fx:basics:q:ok': 'no' }).findings.every(
        (f) => f.ruleId === 'fx:rule:MON-03' || !('recurring' in f),
      ),
    ).toBe(true);
  });
});

describe('evaluate: scores', () => {
  it('sums the points of criteria that hold, capped at max, listing every criterion', () => {
    const score = run({ 'fx:basics:q:ok': 'yes', 'fx:basics:q:name': 'Ville' }).scores[0]!;
    expect(score).toMatchObject({ id: 'fx:score:readiness', value: 10, max: 10 });
    expect(run({ 'fx:basics:q:ok': 'no' }).scores[0]!.reasons).toEqual([
      { kind: 'criterion', text: 'It is OK', met: false, points: 6 },
      { kind: 'criterion', text: 'It has a name', met: false, points: 6 },
    ]);
  });

  it('computes herfindahl and share metrics with per-key reasons', () => {
    const result = run({
      'fx:money:q:sources': [
        { id: 'a', kind: 'grant', amount: 50 },
        { id: 'b', kind: 'city', amount: 25 },
        { id: 'c', kind: 'city', amount: 25 },
      ],
    });
    const [, concentration, share] = result.scores;
    expect(concentration!.value).toBeCloseTo(0.5);
    expect(concentration!.reasons).toEqual([
      { kind: 'share', key: 'city', amount: 50, share: 0.5 },
      { kind: 'share', key: 'grant', amount: 50, share: 0.5 },
    ]);
    expect(share).toMatchObject({ value: 0.5, max: 1 });
  });

  it('gives null metrics while no amount is entered', () => {
    const [, concentration, share] = run({}).scores;
    expect(concentration!.value).toBeNull();
    expect(share!.value).toBeNull();
  });
});

describe('evaluate: misuse', () => {
  it('refuses answers of another content version', () => {
    expect(() => evaluate(content, { contentVersion: 2, values: {} }, { today: TODAY })).toThrow(
      /upgrade/,
    );
  });

  it('refuses a malformed today', () => {
    expect(() =>
      evaluate(content, { contentVersion: 3, values: {} }, { today: '15/06/2025' }),
    ).toThrow(/today/);
  });

  it('throws a clear error when content holds an operator this engine does not know', () => {
    const library = structuredClone(fixtureLibrary) as ContentLibrary;
    (library.rules[0] as { when: unknown }).when = {
      op: 'regex',
      q: 'fx:basics:q:name',
      value: '.*',
    };
    const broken = compileContent(library);
    expect(() => evaluate(broken, { contentVersion: 3, values: {} }, { today: TODAY })).toThrow(
      /Unknown condition operator "regex"/,
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    const values = {
      'fx:basics:q:ok': 'no',
      'fx:money:q:sources': [{ id: 'a', kind: 'grant', amount: 1 }],
    };
    expect(run(values)).toEqual(run(structuredClone(values)));
  });
});
