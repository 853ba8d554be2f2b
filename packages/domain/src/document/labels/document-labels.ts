import type {
  Audience,
  HandoverChapterKey,
  StrategyChapterKey,
  StrategyStatus,
} from '../document.types.js';
import { AR_LABELS } from './labels.ar.js';
import { EN_LABELS } from './labels.en.js';
import { FR_LABELS } from './labels.fr.js';

/**
 * The document's own wording (chapter titles, table headers, notes) in each language the
 * product ships. Guide content comes translated through the content library; these are the
 * words around it. `{name}` placeholders are filled by fillLabel().
 */
export interface DocumentLabels {
  chapters: Record<StrategyChapterKey, string>;
  handoverChapters: Record<HandoverChapterKey, string>;
  handoverTitle: string;
  renderer: { contents: string; page: string };
  facts: {
    period: string;
    version: string;
    status: string;
    decision: string;
    audience: string;
    generated: string;
    contentVersion: string;
  };
  /** "decision {number}", written after the deciding body. */
  decisionNumber: string;
  status: Record<StrategyStatus, string>;
  audience: Record<Audience, string>;
  yesNoUnknown: { yes: string; no: string; unknown: string };
  severity: { critical: string; high: string; medium: string; info: string };
  findings: {
    summaryCaption: string;
    severity: string;
    count: string;
    accepted: string;
    whatToDo: string;
    guideSections: string;
    examples: string;
    seeAnnex: string;
    strengths: string;
    noFindings: string;
    acceptedNote: string;
    acceptedRisks: string;
    acceptedRisksCaption: string;
    finding: string;
    justification: string;
    acceptedBy: string;
    acceptedOn: string;
    recurring: string;
    recurringEvery: string;
    recurringNextDue: string;
    recurringNoDate: string;
  };
  principles: {
    heading: string;
    caption: string;
    principle: string;
    stages: string;
    evidence: string;
    notChecked: string;
  };
  glossary: { heading: string };
  resources: {
    matrixHeading: string;
    matrixCaption: string;
    department: string;
    existing: string;
    new: string;
    both: string;
    focalPoints: string;
  };
  funding: {
    heading: string;
    sourcesCaption: string;
    byTypeCaption: string;
    source: string;
    type: string;
    amount: string;
    share: string;
    starts: string;
    ends: string;
    total: string;
    concentration: string;
    concentrationOne: string;
    competitiveShare: string;
    matchRatio: string;
    mixedCurrency: string;
    endingHeading: string;
    endingNone: string;
    endsOn: string;
  };
  annex: {
    examplesHeading: string;
    noExamples: string;
    guideSection: string;
    aboutHeading: string;
    about: string;
    sensitiveLeftOut: string;
  };
  handover: {
    intro: string;
    mandateCaption: string;
    source: string;
    reference: string;
    nature: string;
    commitmentsFrameworks: string;
    principlesCovered: string;
    noPrinciples: string;
    budgetCaption: string;
    noBudget: string;
    leadsRoles: string;
    leadsDepartments: string;
    noOpenFindings: string;
    openCaption: string;
    firstAction: string;
    acceptedCount: string;
    upcomingCaption: string;
    date: string;
    what: string;
    noneUpcoming: string;
    electionOf: string;
    termEndsOf: string;
    reportDue: string;
    reportDueGeneric: string;
    fundingEnds: string;
    strategyEnds: string;
    undated: string;
  };
  unanswered: string;
  noAnswers: string;
}

const LABELS: Record<string, DocumentLabels> = { en: EN_LABELS, fr: FR_LABELS, ar: AR_LABELS };

/** The labels of a locale (`fr-CA` uses `fr`); English where the product has no translation. */
export function selectLabels(locale: string): DocumentLabels {
  return LABELS[baseLanguage(locale)] ?? EN_LABELS;
}

export function baseLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** Replaces `{name}` placeholders; a placeholder without a value stays visible, never blank. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
