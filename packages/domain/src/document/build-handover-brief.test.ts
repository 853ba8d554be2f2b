import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../engine/compile-content.js';
import type { CompiledContent } from '../engine/compiled-content.types.js';
import { loadContent } from '../node/load-content.js';
import { buildHandoverBrief } from './build-handover-brief.js';
import { buildDemoDocumentInput, type DemoDocumentOptions } from './demo-input.js';
import { HANDOVER_CHAPTER_KEYS, type Chapter, type TableBlock } from './document.types.js';

const TODAY = '2025-06-01';
const GENERATED_AT = '2025-06-01T09:00:00.000Z';

let content: CompiledContent;

beforeAll(async () => {
  content = compileContent((await loadContent()).library);
});

function brief(options: Partial<DemoDocumentOptions> & Pick<DemoDocumentOptions, 'scenario'>) {
  return buildHandoverBrief(
    buildDemoDocumentInput({
      content,
      locale: 'en',
      today: TODAY,
      generatedAt: GENERATED_AT,
      ...options,
    }),
  );
}

const chapter = (chapters: Chapter[], key: Chapter['key']) => chapters.find((c) => c.key === key)!;
const firstTable = (c: Chapter) => c.blocks.find((b): b is TableBlock => b.kind === 'table');
const cellText = (table: TableBlock | undefined) =>
  (table?.rows ?? []).map((row) => row.map((cell) => cell.map((r) => r.text).join('')));

describe('buildHandoverBrief', () => {
  it('pins the brief for the reporting-duty scenario (S6)', async () => {
    const doc = brief({ scenario: 'S6' });
    await expect(`${JSON.stringify(doc, null, 2)}\n`).toMatchFileSnapshot(
      './golden/s6-handover.en.json',
    );
  });

  it('has the six parts of a handover, titled for a new administration', () => {
    const doc = brief({ scenario: 'S6' });
    expect(doc.meta.kind).toBe('handover-brief');
    expect(doc.meta.title).toBe(
      'Handover brief: Riverside strategy for safe and connected neighbourhoods',
    );
    expect(doc.chapters.map((c) => c.key)).toEqual([...HANDOVER_CHAPTER_KEYS]);
  });

  it('lists the report deadlines of the next twelve months, in date order', () => {
    const upcoming = firstTable(chapter(brief({ scenario: 'S6' }).chapters, 'upcoming'));
    expect(cellText(upcoming)).toEqual([
      ['15 July 2025', 'Report due to National counter-terrorism agency'],
      ['15 January 2026', 'Report due to National counter-terrorism agency'],
    ]);
  });

  it('brings elections, term ends and funding end dates into the window', () => {
    const upcoming = firstTable(
      chapter(brief({ scenario: 'S4', today: '2027-01-10' }).chapters, 'upcoming'),
    );
    expect(cellText(upcoming)).toEqual([
      ['13 September 2027', 'Election: Mayor'],
      ['31 October 2027', 'Term ends: Mayor'],
    ]);
    const later = firstTable(
      chapter(brief({ scenario: 'S4', today: '2029-06-01' }).chapters, 'upcoming'),
    );
    expect(cellText(later)).toEqual([
      ['31 December 2029', 'Funding ends: City Hall'],
      ['31 December 2029', 'Funding ends: Technology company foundation'],
    ]);
  });

  it('lists open critical and high findings, leaving out the accepted ones', () => {
    const open = chapter(brief({ scenario: 'S1' }).chapters, 'open-findings');
    const rows = cellText(firstTable(open));
    // S1 (Uganda pattern) has three high gaps and many medium ones; only the high ones show.
    expect(rows.map(([severity]) => severity)).toEqual(['High', 'High', 'High']);

    const firstHigh = buildDemoDocumentInput({
      content,
      scenario: 'S1',
      locale: 'en',
      today: TODAY,
      generatedAt: GENERATED_AT,
    }).evaluation.findings.find((f) => f.severity === 'high')!;
    const accepted = chapter(
      brief({
        scenario: 'S1',
        acceptedRisks: [
          {
            ruleId: firstHigh.ruleId,
            justification: 'National government has promised the text by spring.',
            acceptedBy: 'Coordinator',
            acceptedAt: '2025-05-01',
          },
        ],
      }).chapters,
      'open-findings',
    );
    expect(cellText(firstTable(accepted))).toHaveLength(rows.length - 1);
    expect(JSON.stringify(accepted)).toContain('1 further finding(s) of this level were accepted');
  });

  it('names administrative roles, not political ones, as those who carry the work', () => {
    const leads = JSON.stringify(chapter(brief({ scenario: 'S7' }).chapters, 'leads'));
    expect(leads).toContain('Prevention coordinator');
    expect(leads).toContain('Head of the crime prevention council');
    expect(leads).not.toContain('"Mayor"');
  });

  it('shows budget lines with amounts and end dates', () => {
    const budget = cellText(firstTable(chapter(brief({ scenario: 'S7' }).chapters, 'budget')));
    expect(budget).toEqual([
      ['City budget line', 'City budget line', 'NOK\u00a0300,000', '31 December 2029'],
      [
        'National prevention allocation',
        'National government allocation (not competitive)',
        'NOK\u00a0200,000',
        '31 December 2029',
      ],
    ]);
  });
});
