import type { Example } from '../../content/example.schema.js';
import { heading, paragraph, run } from '../block-builders.js';
import type { DocumentContext } from '../document-context.js';
import type { Block, Chapter, DefinitionItem } from '../document.types.js';
import { fillLabel } from '../labels/document-labels.js';
import { examplePlace } from './findings.chapter.js';
import { narrativeBlocks } from './section-chapter.js';

/** Chapter 7: the peer examples the findings point to, and where this document comes from. */
export function buildAnnexChapter(ctx: DocumentContext, narrative?: string): Chapter {
  const { labels, content } = ctx;
  const examples = referencedExamples(ctx);
  const blocks: Block[] = [...narrativeBlocks(narrative), heading(2, labels.annex.examplesHeading)];
  if (examples.length === 0) blocks.push(paragraph(labels.annex.noExamples));
  else blocks.push({ kind: 'definitions', items: examples.map((e) => exampleItem(ctx, e)) });

  const source = content.library.source;
  blocks.push(
    heading(2, labels.annex.aboutHeading),
    paragraph(
      fillLabel(labels.annex.about, {
        chapter: source.chapter,
        guide: source.guide,
        publisher: source.publisher ?? '',
        edition: source.edition,
        contentVersion: content.version,
      }),
    ),
  );
  if (source.url) blocks.push(paragraph({ text: source.url, href: source.url }));
  if (ctx.audience === 'public') blocks.push(paragraph(labels.annex.sensitiveLeftOut));
  return { key: 'annex', title: labels.chapters.annex, blocks };
}

function referencedExamples(ctx: DocumentContext): Example[] {
  const ids = new Set(ctx.evaluation.findings.flatMap((f) => f.examples));
  const collator = new Intl.Collator(ctx.format.language);
  return [...ids]
    .flatMap((id) => {
      const example = ctx.content.examples.get(id);
      return example ? [example] : [];
    })
    .sort(
      (a, b) =>
        collator.compare(a.country, b.country) || collator.compare(a.place ?? '', b.place ?? ''),
    );
}

function exampleItem(ctx: DocumentContext, example: Example): DefinitionItem {
  const citations = ctx.content.library.citations;
  const sections = example.cites.map((key) => citations[key] ?? key).join('; ');
  return {
    term: examplePlace(example),
    details: [
      run(example.summary),
      run(' '),
      { text: `(${ctx.labels.annex.guideSection}: ${sections})`, em: true },
    ],
  };
}
