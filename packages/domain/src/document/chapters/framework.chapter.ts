import { formatQuestionAnswer, splitParagraphs } from '../answer-values.js';
import { heading, run, table } from '../block-builders.js';
import type { DocumentContext } from '../document-context.js';
import type { Block, Chapter, DefinitionItem, InlineRun } from '../document.types.js';
import { narrativeBlocks, sectionBlocks } from './section-chapter.js';

const PRINCIPLES = 'strategy:principles';
const GLOSSARY = 'strategy:considerations:q:glossary';

// Each of the guide's four principles is checked stage by stage, with evidence; the content
// asks one pair of questions per principle (reference slug -> stages, evidence).
const PRINCIPLE_QUESTIONS: Record<string, [stages: string, evidence: string]> = {
  'do-no-harm': ['do-no-harm-stages', 'do-no-harm-evidence'],
  'gender-sensitivity': ['gender-stages', 'gender-evidence'],
  'human-rights': ['human-rights-stages', 'human-rights-evidence'],
  'whole-of-society': ['whole-of-society-stages', 'whole-of-society-evidence'],
};
const principleQuestion = (name: string) => `${PRINCIPLES}:q:${name}`;

/** The question recording at which stages a principle (by reference slug) was checked. */
export function principleStagesQuestion(slug: string): string | undefined {
  const pair = PRINCIPLE_QUESTIONS[slug];
  return pair ? principleQuestion(pair[0]) : undefined;
}

/** Chapter 2: the framing, the four principles as checks, and the agreed definitions. */
export function buildFrameworkChapter(ctx: DocumentContext, narrative?: string): Chapter {
  return {
    key: 'framework',
    title: ctx.labels.chapters.framework,
    blocks: [
      ...narrativeBlocks(narrative),
      ...sectionBlocks(ctx, 'strategy:framework'),
      ...principleBlocks(ctx),
      ...sectionBlocks(ctx, 'strategy:considerations', { skip: new Set([GLOSSARY]) }),
      ...glossaryBlocks(ctx),
    ],
  };
}

function principleBlocks(ctx: DocumentContext): Block[] {
  const { labels } = ctx;
  if (!ctx.content.sectionsById.has(PRINCIPLES)) return [];
  const handled = new Set<string>();
  const rows = (ctx.content.library.reference.principles ?? []).map((principle) => {
    const pair = PRINCIPLE_QUESTIONS[principle.slug];
    if (!pair) return [principle.label, labels.principles.notChecked, ''];
    const [stagesId, evidenceId] = pair.map(principleQuestion) as [string, string];
    handled.add(stagesId).add(evidenceId);
    const evidence = ctx.answer(evidenceId);
    return [
      principle.label,
      formatQuestionAnswer(ctx, stagesId) ?? labels.principles.notChecked,
      typeof evidence === 'string' ? splitParagraphs(evidence).join(' ') : '',
    ];
  });
  const before: Block[] = [];
  if (rows.length > 0) {
    before.push(
      table({
        caption: labels.principles.caption,
        header: [labels.principles.principle, labels.principles.stages, labels.principles.evidence],
        rows,
      }),
    );
  }
  return sectionBlocks(ctx, PRINCIPLES, { skip: handled, before });
}

function glossaryBlocks(ctx: DocumentContext): Block[] {
  const question = ctx.question(GLOSSARY);
  const rows = ctx.rows(GLOSSARY);
  if (!question || rows.length === 0) return [];
  const consensus = question.fieldsByKey?.get('consensus');
  const items: DefinitionItem[] = [];
  for (const row of rows) {
    if (typeof row.term !== 'string' || row.term.trim() === '') continue;
    const details: InlineRun[] = [];
    if (typeof row.definition === 'string') {
      details.push(run(splitParagraphs(row.definition).join(' ')));
    }
    const agreement = [
      typeof row.consensus === 'string'
        ? (consensus?.options?.find((o) => o.id === row.consensus)?.label ?? row.consensus)
        : '',
      typeof row.agreedBy === 'string' ? row.agreedBy : '',
      typeof row.agreedOn === 'string' ? ctx.format.date(row.agreedOn) : '',
    ].filter((part) => part !== '');
    if (agreement.length > 0) {
      if (details.length > 0) details.push(run(' '));
      details.push({ text: `(${agreement.join('; ')})`, em: true });
    }
    items.push({ term: row.term, details });
  }
  if (items.length === 0) return [];
  return [heading(2, ctx.labels.glossary.heading), { kind: 'definitions', items }];
}
