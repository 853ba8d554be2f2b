import type { DocumentContext } from './document-context.js';
import type { DocumentSources } from './document-input.types.js';
import type { DefinitionItem, DocumentMeta } from './document.types.js';
import { isRightToLeft } from './format-values.js';
import { fillLabel } from './labels/document-labels.js';

/** Cover-page facts and the settings every renderer needs (language, direction, labels). */
export function buildDocumentMeta(
  ctx: DocumentContext,
  sources: DocumentSources,
  options: { kind: DocumentMeta['kind']; title: string },
): DocumentMeta {
  const { labels, format } = ctx;
  const { strategy, city } = sources;
  const facts: DefinitionItem[] = [
    fact(labels.facts.period, `${strategy.startYear}–${strategy.endYear}`),
    fact(labels.facts.version, strategy.versionLabel),
    fact(labels.facts.status, labels.status[strategy.status]),
  ];
  if (strategy.decision) {
    const { body, number, date, reference } = strategy.decision;
    const parts = [body];
    if (number) parts.push(fillLabel(labels.decisionNumber, { number }));
    parts.push(format.date(date));
    if (reference) parts.push(reference);
    facts.push(fact(labels.facts.decision, parts.join(', ')));
  }
  facts.push(
    fact(labels.facts.audience, labels.audience[ctx.audience]),
    fact(labels.facts.generated, format.date(sources.generatedAt.slice(0, 10))),
    fact(labels.facts.contentVersion, String(sources.content.version)),
  );
  return {
    kind: options.kind,
    title: options.title,
    subtitle: `${city.name}, ${city.country}`,
    city: { name: city.name, country: city.country, languages: [...city.languages] },
    locale: sources.locale,
    language: format.language,
    direction: isRightToLeft(sources.locale) ? 'rtl' : 'ltr',
    audience: ctx.audience,
    contentVersion: sources.content.version,
    generatedAt: sources.generatedAt,
    facts,
    labels: { ...labels.renderer },
  };
}

function fact(term: string, details: string): DefinitionItem {
  return { term, details: [{ text: details }] };
}
