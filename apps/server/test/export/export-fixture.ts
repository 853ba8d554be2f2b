import { compileContent, localizeContent, type CompiledContent } from '@concord/domain';
import {
  buildDemoDocumentInput,
  buildHandoverBrief,
  buildStrategyDocument,
  type DemoDocumentOptions,
  type StrategyDocument,
} from '@concord/domain/document';
import { loadContent } from '@concord/domain/node';

// Fixed dates so every export of the same scenario is byte-for-byte the same.
export const TODAY = '2025-06-01';
export const GENERATED_AT = '2025-06-01T09:00:00.000Z';

export const SAMPLE_NARRATIVE = {
  context:
    '## Why Riverside acts\n\nNeighbourhoods told us they want **plain words** and *practical* help. ' +
    'See the [national plan](https://example.org/plan).\n\n- Safety and belonging\n- Early support',
  findings: 'The council will review these points **every year**.',
};

const contentByLocale = new Map<string, Promise<CompiledContent>>();

/** Content compiled in a language, loaded once per test file. */
export function contentFor(locale: string): Promise<CompiledContent> {
  let content = contentByLocale.get(locale);
  if (!content) {
    content = loadContent().then(({ library, locales }) =>
      compileContent(locale === 'en' ? library : localizeContent(library, locales, locale).content),
    );
    contentByLocale.set(locale, content);
  }
  return content;
}

type Options = Partial<Omit<DemoDocumentOptions, 'content'>>;

export async function strategyDocument(options: Options = {}): Promise<StrategyDocument> {
  const locale = options.locale ?? 'en';
  return buildStrategyDocument(
    buildDemoDocumentInput({
      scenario: 'S4',
      today: TODAY,
      generatedAt: GENERATED_AT,
      ...options,
      locale,
      content: await contentFor(locale),
    }),
  );
}

export async function handoverBrief(options: Options = {}): Promise<StrategyDocument> {
  const locale = options.locale ?? 'en';
  return buildHandoverBrief(
    buildDemoDocumentInput({
      scenario: 'S6',
      today: TODAY,
      generatedAt: GENERATED_AT,
      ...options,
      locale,
      content: await contentFor(locale),
    }),
  );
}
