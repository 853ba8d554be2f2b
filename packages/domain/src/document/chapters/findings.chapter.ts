import type { Severity } from '../../content/rule.schema.js';
import type { Finding } from '../../engine/derive-findings.js';
import {
  definition,
  definitions,
  heading,
  note,
  paragraph,
  run,
  strong,
  table,
} from '../block-builders.js';
import type { DocumentContext } from '../document-context.js';
import type { AcceptedRisk } from '../document-input.types.js';
import type { Block, Chapter, DefinitionItem } from '../document.types.js';
import { fillLabel } from '../labels/document-labels.js';
import { narrativeBlocks } from './section-chapter.js';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'info'];

/** Chapter 6: every gap with its actions, grouped by severity; strengths; accepted risks. */
export function buildFindingsChapter(ctx: DocumentContext, narrative?: string): Chapter {
  const { labels } = ctx;
  const gaps = ctx.evaluation.findings.filter((f) => f.kind === 'gap');
  const strengths = ctx.evaluation.findings.filter((f) => f.kind === 'strength');
  const blocks: Block[] = [...narrativeBlocks(narrative)];

  if (gaps.length === 0) blocks.push(paragraph(labels.findings.noFindings));
  else blocks.push(summaryTable(ctx, gaps));

  for (const severity of SEVERITIES) {
    const group = gaps.filter((f) => severityOf(f) === severity);
    if (group.length === 0) continue;
    blocks.push(heading(2, labels.severity[severity]));
    for (const finding of group) blocks.push(...findingBlocks(ctx, finding));
  }

  if (strengths.length > 0) {
    blocks.push(heading(2, labels.findings.strengths), {
      kind: 'list',
      ordered: false,
      items: strengths.map((f) => [paragraph(strong(f.title)), paragraph(f.why)]),
    });
  }

  const accepted = gaps.flatMap((f) => {
    const risk = ctx.acceptedRisks.get(f.ruleId);
    return risk ? [{ finding: f, risk }] : [];
  });
  if (accepted.length > 0) {
    const { findings } = labels;
    blocks.push(
      heading(2, findings.acceptedRisks),
      table({
        caption: findings.acceptedRisksCaption,
        header: [
          findings.finding,
          findings.justification,
          findings.acceptedBy,
          findings.acceptedOn,
        ],
        rows: accepted.map(({ finding, risk }) => [
          finding.title,
          risk.justification,
          acceptedByName(risk),
          ctx.format.date(risk.acceptedAt.slice(0, 10)),
        ]),
      }),
    );
  }
  return { key: 'findings', title: labels.chapters.findings, blocks };
}

export function severityOf(finding: Finding): Severity {
  return finding.severity ?? 'info';
}

export function acceptedByName(risk: AcceptedRisk): string {
  return typeof risk.acceptedBy === 'string' ? risk.acceptedBy : risk.acceptedBy.name;
}

function summaryTable(ctx: DocumentContext, gaps: Finding[]): Block {
  const { findings, severity } = ctx.labels;
  return table({
    caption: findings.summaryCaption,
    header: [findings.severity, findings.count, findings.accepted],
    rows: SEVERITIES.map((level) => {
      const group = gaps.filter((f) => severityOf(f) === level);
      const accepted = group.filter((f) => ctx.acceptedRisks.has(f.ruleId)).length;
      return [severity[level], ctx.format.number(group.length), ctx.format.number(accepted)];
    }),
    align: ['start', 'end', 'end'],
  });
}

function findingBlocks(ctx: DocumentContext, finding: Finding): Block[] {
  const { findings } = ctx.labels;
  const blocks: Block[] = [
    heading(3, finding.title),
    paragraph(finding.why),
    paragraph(strong(findings.whatToDo)),
    { kind: 'list', ordered: true, items: finding.actions.map((a) => [paragraph(a)]) },
  ];
  for (const task of finding.recurring ?? []) {
    const rhythm = fillLabel(findings.recurringEvery, { months: task.everyMonths });
    const due = task.nextDue
      ? fillLabel(findings.recurringNextDue, { date: ctx.format.date(task.nextDue) })
      : findings.recurringNoDate;
    blocks.push(paragraph(strong(`${findings.recurring}: `), run(`${rhythm}, ${due}`)));
  }

  const facts: DefinitionItem[] = [];
  const citations = ctx.content.library.citations;
  if (finding.cites.length > 0) {
    facts.push(
      definition(
        findings.guideSections,
        finding.cites.map((key) => citations[key] ?? key).join('; '),
      ),
    );
  }
  const places = finding.examples.flatMap((id) => {
    const example = ctx.content.examples.get(id);
    return example ? [examplePlace(example)] : [];
  });
  if (places.length > 0) {
    facts.push(definition(findings.examples, `${ctx.format.list(places)} (${findings.seeAnnex})`));
  }
  if (facts.length > 0) blocks.push(definitions(facts));

  const risk = ctx.acceptedRisks.get(finding.ruleId);
  if (risk) {
    blocks.push(
      note(
        fillLabel(findings.acceptedNote, {
          justification: risk.justification,
          by: acceptedByName(risk),
          date: ctx.format.date(risk.acceptedAt.slice(0, 10)),
        }),
      ),
    );
  }
  return blocks;
}

export function examplePlace(example: { place?: string | undefined; country: string }): string {
  return example.place ? `${example.place}, ${example.country}` : example.country;
}
