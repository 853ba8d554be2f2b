import { baseCity } from './base-city.js';
import { q, withAnswers, type Values } from './scenario-ids.js';

/**
 * The reference scenarios S1..S8 (docs: /work/shared/scenarios/README.md) as complete answer
 * sets for content version 1. Tests assert their findings; the web app can load them as demo
 * data and the benchmark evaluates them. Each starts from a well-set-up city and changes what
 * its case is about.
 */
export interface ScenarioAnswers {
  id: 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8';
  title: string;
  contentVersion: 1;
  values: Values;
}

const s1: Values = withAnswers(baseCity, {
  [q('mandate', 'mandates')]: [
    {
      id: 'national-strategy',
      sourceType: 'national-framework',
      nature: 'functional-responsibility',
      issuingBody: 'National government',
    },
  ],
  [q('mandate', 'locally-adopted')]: 'no',
  [q('mandate', 'own-mandate-possible')]: 'unknown',
  [q('awareness', 'shared-with-city')]: 'no',
  [q('awareness', 'city-consulted')]: 'no',
  [q('awareness', 'national-channel')]: 'no',
  [q('awareness', 'officials-aware')]: 2,
  [q('awareness', 'departments-briefed')]: undefined,
  [q('awareness', 'services-briefed')]: 'no',
  [q('awareness', 'leadership-briefed')]: 'no',
  [q('awareness', 'leadership-briefed-on')]: undefined,
  [q('sustainability', 'annual-budget')]: 'no',
  [q('funding', 'sources')]: [
    {
      id: 'donor-a',
      sourceType: 'international-donor',
      name: 'Donor A',
      amount: 120000,
      currency: 'USD',
      cashOrInKind: 'cash',
      alignmentReviewed: 'no',
      startDate: '2024-01-01',
      endDate: '2029-12-31',
    },
    {
      id: 'donor-b',
      sourceType: 'international-donor',
      name: 'Donor B',
      amount: 60000,
      currency: 'USD',
      cashOrInKind: 'both',
      alignmentReviewed: 'unknown',
      startDate: '2024-06-01',
      endDate: '2029-12-31',
    },
  ],
  [q('funding', 'seeking-donors')]: 'yes',
  [q('funding', 'implementing-partner')]: 'required-available',
});

const s2: Values = withAnswers(baseCity, {
  [q('mandate', 'mandates')]: [
    {
      id: 'crime-prevention-duty',
      sourceType: 'broader-mandate',
      broaderBasis: 'crime-prevention',
      nature: 'functional-responsibility',
      documentRef: 'Internal security code, crime prevention articles',
      issuingBody: 'National parliament',
    },
  ],
  [q('mandate', 'own-mandate-possible')]: 'yes',
  [q('mandate', 'broader-basis-confirmed')]: 'yes',
  [q('sustainability', 'legal-basis')]: 'none',
});

const s3: Values = withAnswers(baseCity, {
  [q('mandate', 'mandates')]: [
    {
      id: 'national-cve-strategy',
      sourceType: 'national-framework',
      nature: 'requirement',
      documentRef: 'National Strategy to Counter Violent Extremism',
      issuingBody: 'National Counter Terrorism Centre',
      requiredStructure: 'County Action Plan',
      requiredStructureExists: 'no',
    },
  ],
  [q('framework', 'frameworks')]: ['pcve'],
  [q('framework', 'under-counter-terrorism')]: 'yes',
  [q('institutionalisation', 'lead-kind')]: 'police-or-security',
  [q('institutionalisation', 'lead-entity')]: 'County security committee',
  [q('institutionalisation', 'existing-network-type')]: 'law-and-order-committee',
});

const s4: Values = withAnswers(baseCity, {
  [q('institutionalisation', 'lead-model')]: 'individual-department',
  [q('institutionalisation', 'lead-kind')]: 'mayor-office',
  [q('institutionalisation', 'lead-entity')]: "Mayor's Office for Policing and Crime",
  [q('funding', 'sources')]: [
    {
      id: 'city-hall',
      sourceType: 'city-budget',
      name: 'City Hall',
      amount: 400000,
      currency: 'GBP',
      cashOrInKind: 'cash',
      startDate: '2019-01-01',
      endDate: '2029-12-31',
      alignmentReviewed: 'yes',
    },
    {
      id: 'private-partner',
      sourceType: 'private-partnership',
      name: 'Technology company foundation',
      amount: 400000,
      currency: 'GBP',
      cashOrInKind: 'cash',
      startDate: '2019-01-01',
      endDate: '2029-12-31',
      alignmentReviewed: 'unknown',
    },
  ],
  [q('funding', 'match-funding')]: 'yes',
  [q('funding', 'match-ratio')]: 1,
  [q('funding', 'matched-amount')]: { amount: 400000, currency: 'GBP' },
  [q('resources', 'grant-programme')]: 'yes',
  [q('resources', 'grant-programme-name')]: 'Grassroots fund against hate and extremism',
  [q('resources', 'grantees')]: 30,
  [q('resources', 'grant-amount')]: { amount: 800000, currency: 'GBP' },
});

const s5: Values = withAnswers(baseCity, {
  [q('mandate', 'mandates')]: [
    {
      id: 'ministry-request',
      sourceType: 'central-directive',
      nature: 'requirement',
      documentRef: 'Ministry request to form Local Safety Councils',
      issuingBody: 'Ministry of Local Self-Government',
      requiredStructure: 'Local Safety Council',
      requiredStructureExists: 'yes',
    },
  ],
  [q('considerations', 'new-structures')]: [
    {
      id: 'local-safety-council',
      name: 'Local Safety Council',
      kind: 'council-or-committee',
      linkedToExisting: 'no',
      remitDocument: 'no',
    },
  ],
  [q('institutionalisation', 'lead-model')]: 'network-new',
  [q('institutionalisation', 'lead-kind')]: 'network-or-council',
  [q('institutionalisation', 'lead-entity')]: 'Local Safety Council',
  [q('institutionalisation', 'lead-body-members')]: ['city-administration', 'police-security'],
  [q('principles', 'stakeholder-sectors')]: ['other-government-levels'],
});

const s6: Values = withAnswers(baseCity, {
  [q('mandate', 'mandates')]: [
    {
      id: 'national-action-plan',
      sourceType: 'national-framework',
      nature: 'encouragement',
      documentRef: 'National action plan on preventing violent extremism',
      issuingBody: 'President',
      reportingDuty: 'twice-a-year',
      reportingTo: 'National counter-terrorism agency',
    },
  ],
  [q('mandate', 'reporting-data')]:
    'Activities carried out, people reached, budget used, partners involved.',
  [q('mandate', 'next-report-due')]: '2025-07-15',
});

const s7: Values = baseCity;

const s8: Values = withAnswers(baseCity, {
  [q('mandate', 'mandates')]: [
    {
      id: 'public-safety-duty',
      sourceType: 'broader-mandate',
      broaderBasis: 'public-safety',
      nature: 'functional-responsibility',
      documentRef: 'Municipal self-government act, public order and safety tasks',
      issuingBody: 'National parliament',
    },
  ],
  [q('sufficiency', 'public-safety-scope')]: undefined,
  [q('institutionalisation', 'lead-model')]: 'network-new',
  [q('institutionalisation', 'lead-kind')]: 'network-or-council',
  [q('institutionalisation', 'lead-entity')]: 'Local team on radicalisation to violence',
  [q('institutionalisation', 'lead-body-members')]: ['city-administration', 'civil-society'],
  [q('principles', 'stakeholder-sectors')]: ['civil-society'],
  [q('principles', 'whole-of-society-stages')]: ['design'],
});

export const SCENARIO_ANSWERS: readonly ScenarioAnswers[] = [
  { id: 'S1', title: 'Awareness gap (Uganda pattern)', contentVersion: 1, values: s1 },
  { id: 'S2', title: 'Broader mandate only (France pattern)', contentVersion: 1, values: s2 },
  { id: 'S3', title: 'Required county plan (Kenya pattern)', contentVersion: 1, values: s3 },
  { id: 'S4', title: 'Match-funded city fund (London pattern)', contentVersion: 1, values: s4 },
  { id: 'S5', title: 'Crisis-triggered council (Serbia pattern)', contentVersion: 1, values: s5 },
  { id: 'S6', title: 'Reporting duty (Indonesia pattern)', contentVersion: 1, values: s6 },
  { id: 'S7', title: 'Mainstreamed local plan (Norway pattern)', contentVersion: 1, values: s7 },
  {
    id: 'S8',
    title: 'City initiative without a national framework (Dabrowa Gornicza pattern)',
    contentVersion: 1,
    values: s8,
  },
];

/** The answers of one scenario, e.g. `scenarioValues('S1')`. */
export function scenarioValues(id: ScenarioAnswers['id']): Values {
  return SCENARIO_ANSWERS.find((s) => s.id === id)!.values;
}
