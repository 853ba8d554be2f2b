import type { ReferenceItem } from '../content/reference.schema.js';
import { labelOf, referenceList } from './content-labels.js';
import { readAnswers, type DashboardInput } from './dashboard-input.js';

const LEAD_MODEL = 'strategy:institutionalisation:q:lead-model';
export const LEAD_UNDECIDED = 'none-yet';

/**
 * The lead-model question offers three forms of the network model (content/strategy/reference/
 * lead-models.yaml says so); every other answer is a lead model's own slug.
 */
const NETWORK_FORMS: Record<string, { model: string; form: string }> = {
  'network-existing': { model: 'network', form: 'leverage-existing' },
  'network-new': { model: 'network', form: 'create-new' },
  'expert-group': { model: 'network', form: 'expert-group' },
};

export interface LeadModelOption {
  slug: string;
  label: string;
  description: string | null;
  pros: string[];
  cons: string[];
  considerations: string[];
  cites: string[];
  isChosen: boolean;
}

export interface NetworkForm {
  slug: string;
  label: string;
  description: string | null;
  risks: string[];
  checks: string[];
  isChosen: boolean;
}

export interface LeadModelComparison {
  options: LeadModelOption[];
  /** The city's answer with its label, or null when the question is unanswered. */
  answer: { id: string; label: string } | null;
  /** The lead model the answer belongs to; null when unanswered or not decided yet. */
  chosen: string | null;
  /** The three forms a network lead can take, shown when a network leads. */
  networkForms: NetworkForm[];
}

/** The content's lead models side by side, with the city's choice marked. */
export function deriveLeadModelComparison(input: DashboardInput): LeadModelComparison {
  const answerId = readAnswers(input).text(LEAD_MODEL);
  const mapped = answerId && answerId !== LEAD_UNDECIDED ? (NETWORK_FORMS[answerId] ?? null) : null;
  const chosen = answerId && answerId !== LEAD_UNDECIDED ? (mapped?.model ?? answerId) : null;
  return {
    options: referenceList(input.content, 'lead-models').map((item) => ({
      ...describe(item),
      pros: item.pros ?? [],
      cons: item.cons ?? [],
      considerations: item.considerations ?? [],
      cites: item.cites ?? [],
      isChosen: item.slug === chosen,
    })),
    answer: answerId ? { id: answerId, label: labelOf(input.content, LEAD_MODEL, answerId) } : null,
    chosen,
    networkForms:
      chosen === 'network'
        ? referenceList(input.content, 'network-options').map((item) => ({
            ...describe(item),
            risks: item.risks ?? [],
            checks: item.checks ?? [],
            isChosen: item.slug === mapped?.form,
          }))
        : [],
  };
}

function describe(item: ReferenceItem): {
  slug: string;
  label: string;
  description: string | null;
} {
  return { slug: item.slug, label: item.label, description: item.description ?? null };
}
