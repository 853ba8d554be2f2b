import { describe, expect, it } from 'vitest';
import { neutraliseFormula, renderAuditCsv, type AuditEntry } from '../../src/export/index.js';

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 'a1',
  at: '2025-06-01T09:00:00.000Z',
  actor: { userId: 'u1', name: 'Coordinator' },
  action: 'answer.updated',
  entityType: 'answer',
  entityId: 'strategy:mandate:q:mandates',
  before: null,
  after: null,
  ...overrides,
});

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['plain text', 'plain text'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j -> %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });
});

describe('renderAuditCsv', () => {
  it('writes a header and one quoted, neutralised row per entry', () => {
    const csv = renderAuditCsv([
      entry({
        actor: { userId: 'u2', name: '=HYPERLINK("http://evil.example","click")' },
        entityId: '@cmd',
        after: { value: 'Said "yes", then no' },
      }),
      entry({ id: 'a2', actor: null, action: '+x', before: 'old', after: '-1' }),
    ]);
    expect(
      csv.startsWith(
        '\uFEFFid,at,actor_id,actor_name,action,entity_type,entity_id,before,after\r\n',
      ),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      'a1,2025-06-01T09:00:00.000Z,u2,"\'=HYPERLINK(""http://evil.example"",""click"")",answer.updated,answer,\'@cmd,,"{""value"":""Said \\""yes\\"", then no""}"',
    );
    expect(lines[2]).toBe(
      'a2,2025-06-01T09:00:00.000Z,,,\'+x,answer,strategy:mandate:q:mandates,"""old""","""-1"""',
    );
    expect(lines[3]).toBe('');
  });

  it('never lets a cell start with a formula character', () => {
    const hostile = ['=1', '+1', '-1', '@1', '\t1', '\r1'];
    const csv = renderAuditCsv(
      hostile.map((value, i) =>
        entry({ id: value, action: value, entityType: value, entityId: `${value}-${i}` }),
      ),
    );
    const cells = csv
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .flatMap((line) => line.split(','))
      .map((cell) => cell.replace(/^"/, ''));
    expect(cells.some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
  });

  it('writes just the header for an empty log', () => {
    expect(renderAuditCsv([])).toBe(
      '\uFEFFid,at,actor_id,actor_name,action,entity_type,entity_id,before,after\r\n',
    );
  });
});
