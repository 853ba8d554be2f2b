import type { CompiledContent } from '../engine/compiled-content.types.js';
import { evaluate } from '../engine/evaluate.js';
import { SCENARIO_ANSWERS, type ScenarioAnswers } from '../scenarios/scenario-answers.js';
import type {
  AcceptedRisk,
  BuildStrategyDocumentInput,
  DocumentStrategy,
} from './document-input.types.js';
import type { Audience, StrategyChapterKey } from './document.types.js';

export interface DemoDocumentOptions {
  /** Compiled from the library localised into `locale`. */
  content: CompiledContent;
  scenario: ScenarioAnswers['id'];
  locale: string;
  /** YYYY-MM-DD the findings are judged on. */
  today: string;
  /** ISO timestamp written into the document. */
  generatedAt: string;
  audience?: Audience;
  narrative?: Partial<Record<StrategyChapterKey, string>>;
  acceptedRisks?: AcceptedRisk[];
  strategy?: Partial<DocumentStrategy>;
}

/**
 * A complete document input for one of the reference scenarios, for a demo city: what the
 * demo data, the golden tests and the export benchmark build their documents from, so they
 * all exercise the same realistic strategy.
 */
export function buildDemoDocumentInput(options: DemoDocumentOptions): BuildStrategyDocumentInput {
  const scenario = SCENARIO_ANSWERS.find((s) => s.id === options.scenario);
  if (!scenario) throw new Error(`Unknown scenario ${options.scenario}`);
  const answers = { contentVersion: scenario.contentVersion, values: scenario.values };
  const input: BuildStrategyDocumentInput = {
    content: options.content,
    answers,
    evaluation: evaluate(options.content, answers, { today: options.today }),
    acceptedRisks: options.acceptedRisks ?? [],
    city: { name: 'Riverside', country: 'Demo country', languages: [options.locale] },
    strategy: {
      title: 'Riverside strategy for safe and connected neighbourhoods',
      startYear: 2025,
      endYear: 2028,
      versionLabel: 'Version 1',
      status: 'draft',
      ...options.strategy,
    },
    locale: options.locale,
    generatedAt: options.generatedAt,
    today: options.today,
  };
  if (options.audience) input.audience = options.audience;
  if (options.narrative) input.narrative = options.narrative;
  return input;
}
