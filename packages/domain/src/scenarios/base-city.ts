import { q, type Values } from './scenario-ids.js';

/**
 * A complete, well-set-up city (every section answered): a national requirement met with a
 * local plan built on the existing crime-prevention council, civilian framing, shared
 * resources and mixed funding. Scenarios start from it and change what their case is about,
 * so each one is a whole assessment rather than a handful of answers.
 */
export const baseCity: Values = {
  // Mandate
  [q('mandate', 'mandates')]: [
    {
      id: 'mandate-national',
      sourceType: 'national-framework',
      nature: 'requirement',
      documentRef: 'National action plan against radicalisation and violent extremism (2020)',
      issuingBody: 'Ministry of Justice',
      adoptedOn: '2020-09-01',
      requiredStructure: 'Local plan for the national action plan',
      requiredStructureExists: 'yes',
      reportingDuty: 'none',
    },
  ],
  [q('mandate', 'own-mandate-possible')]: 'yes',
  [q('mandate', 'locally-adopted')]: 'yes',
  [q('mandate', 'threat-scope')]: 'all-forms',
  [q('mandate', 'uncovered-threats')]: 'no',

  // Awareness
  [q('awareness', 'shared-with-city')]: 'yes',
  [q('awareness', 'city-consulted')]: 'yes',
  [q('awareness', 'national-channel')]: 'yes',
  [q('awareness', 'officials-aware')]: 12,
  [q('awareness', 'departments-briefed')]: [
    'crime-prevention-public-safety',
    'youth-education',
    'health-social-care',
    'welfare',
    'culture',
  ],
  [q('awareness', 'services-briefed')]: 'yes',
  [q('awareness', 'leadership-briefed')]: 'yes',
  [q('awareness', 'leadership-briefed-on')]: '2025-02-10',

  // Sufficiency
  [q('sufficiency', 'functions')]: [
    'early-intervention',
    'community-programmes',
    'individual-case-support',
  ],
  [q('sufficiency', 'public-safety-role')]: 'yes',
  [q('sufficiency', 'public-safety-scope')]: 'includes-cohesion',
  [q('sufficiency', 'prevention-levels')]: ['primary', 'secondary', 'tertiary'],
  [q('sufficiency', 'partners-permitted')]: [
    'other-agencies',
    'civil-society',
    'communities',
    'private-sector',
  ],

  // Framework
  [q('framework', 'form')]: 'dedicated-strategy',
  [q('framework', 'mode')]: 'new',
  [q('framework', 'frameworks')]: ['public-health', 'violence-prevention'],
  [q('framework', 'under-counter-terrorism')]: 'no',
  [q('framework', 'conceptual-framing')]:
    'Prevention is part of how the city keeps neighbourhoods safe and connected.',
  [q('framework', 'horizon-start')]: '2025-01-01',
  [q('framework', 'horizon-end')]: '2028-12-31',
  [q('framework', 'feasibility-assessed')]: 'yes',
  [q('framework', 'cost-plan')]: [
    { id: 'cost-coordinator', item: 'Coordinator post', kind: 'cost', amount: 80000 },
    {
      id: 'resource-council',
      item: 'Staff time of the crime prevention council',
      kind: 'resource',
      amount: 90000,
    },
  ],
  [q('framework', 'cost-currency')]: 'NOK',
  [q('framework', 'approval-status')]: 'approved',
  [q('framework', 'approval-body')]: 'council',
  [q('framework', 'approval-date')]: '2025-03-01',
  [q('framework', 'political-context-assessed')]: 'yes',
  [q('framework', 'political-context-notes')]:
    'Cross-party support; presented with the community safety plan.',
  [q('framework', 'misuse-safeguards')]: 'yes',
  [q('framework', 'misuse-safeguards-notes')]: 'Annual review by the council ombudsperson.',
  [q('framework', 'reference-models')]: ['cardiff-model'],

  // Principles
  [q('principles', 'do-no-harm-stages')]: ['design', 'implementation', 'engagement', 'evaluation'],
  [q('principles', 'do-no-harm-evidence')]: 'Risk review in each project template.',
  [q('principles', 'gender-analysis')]: 'yes',
  [q('principles', 'gender-stages')]: ['design', 'implementation', 'engagement', 'evaluation'],
  [q('principles', 'gender-disaggregated')]: 'yes',
  [q('principles', 'gender-evidence')]: 'Gender analysis annex; indicators split by gender.',
  [q('principles', 'human-rights-stages')]: [
    'design',
    'implementation',
    'engagement',
    'evaluation',
  ],
  [q('principles', 'human-rights-evidence')]: 'Rights checklist signed off at each stage.',
  [q('principles', 'agencies-involved')]: 6,
  [q('principles', 'stakeholder-sectors')]: [
    'civil-society',
    'communities',
    'private-sector',
    'faith-groups',
    'youth-groups',
  ],
  [q('principles', 'whole-of-society-stages')]: [
    'design',
    'implementation',
    'engagement',
    'evaluation',
  ],
  [q('principles', 'whole-of-society-evidence')]:
    'Community forum members sit on the steering group.',

  // Considerations
  [q('considerations', 'public-labels')]: ['social-cohesion', 'community-safety'],
  [q('considerations', 'counter-terrorism-funding')]: 'no',
  [q('considerations', 'glossary')]: [
    {
      id: 'term-polarisation',
      term: 'Polarisation',
      definition: 'Growing distance and hostility between groups.',
      consensus: 'agreed',
      agreedBy: 'Crime prevention council and community forum',
      agreedOn: '2024-11-12',
    },
  ],
  [q('considerations', 'consultations')]: [
    {
      id: 'consultation-1',
      date: '2024-10-01',
      method: 'workshop',
      groups: 'Neighbourhood associations, youth clubs',
      topics: ['conceptual-approach', 'terminology'],
      heard: 'People asked for plain words and no security labels.',
      changed: 'The plan speaks of safety and belonging.',
    },
  ],
  [q('considerations', 'police-engaged')]: 'yes',
  [q('considerations', 'new-structures')]: [
    {
      id: 'structure-local-plan',
      name: 'Local plan working group',
      kind: 'plan',
      linkedToExisting: 'yes',
      existingMechanism: 'Crime prevention council',
      remitDocument: 'yes',
    },
  ],
  [q('considerations', 'training-needs')]: [
    {
      id: 'training-1',
      topic: 'Noticing polarisation early',
      forWhom: 'youth-education',
      priority: 'high',
    },
  ],

  // Institutionalisation
  [q('institutionalisation', 'lead-model')]: 'network-existing',
  [q('institutionalisation', 'lead-kind')]: 'crime-prevention-public-safety',
  [q('institutionalisation', 'lead-entity')]: 'Crime prevention council',
  [q('institutionalisation', 'champion-role')]: 'Head of the crime prevention council',
  [q('institutionalisation', 'contributors')]: ['youth-education', 'health-social-care', 'culture'],
  [q('institutionalisation', 'coordination-mechanism')]: 'yes',
  [q('institutionalisation', 'information-sharing')]: 'yes',
  [q('institutionalisation', 'lead-body-members')]: [
    'city-administration',
    'police-security',
    'other-public-services',
    'civil-society',
    'community-faith-leaders',
    'youth-representatives',
  ],
  [q('institutionalisation', 'existing-network-type')]: 'crime-prevention-council',
  [q('institutionalisation', 'remit-extended')]: 'yes',
  [q('institutionalisation', 'network-remit')]: 'broad',
  [q('institutionalisation', 'network-focal-point')]: "Prevention coordinator, mayor's office",
  [q('institutionalisation', 'city-responds')]: 'yes',
  [q('institutionalisation', 'city-support')]: ['staff', 'funding', 'infrastructure'],
  [q('institutionalisation', 'complex-threats')]: 'no',
  [q('institutionalisation', 'expert-input')]: 'yes',

  // Sustainability
  [q('sustainability', 'political-terms')]: [
    { id: 'term-mayor', office: 'Mayor', termEnds: '2027-10-31', nextElection: '2027-09-13' },
  ],
  [q('sustainability', 'key-roles')]: [
    { id: 'role-coordinator', role: 'Prevention coordinator', kind: 'administrative' },
    { id: 'role-mayor', role: 'Mayor', kind: 'political' },
  ],
  [q('sustainability', 'handover-briefing')]: 'yes',
  [q('sustainability', 'embedded-guidance')]: [
    {
      id: 'guidance-youth',
      document: 'Youth service guidance on early concerns',
      department: 'youth-education',
      adoptedOn: '2024-06-01',
    },
  ],
  [q('sustainability', 'legal-basis')]: 'council-motion',
  [q('sustainability', 'legal-basis-ref')]: 'Council decision 2024/112',
  [q('sustainability', 'annual-budget')]: 'yes',

  // Resources
  [q('resources', 'departments')]: [
    {
      id: 'dept-crime',
      department: 'crime-prevention-public-safety',
      exists: 'yes',
      contributes: ['human', 'working-conditions'],
      existingOrNew: 'existing',
      focalPointRole: 'Council secretary',
    },
    {
      id: 'dept-youth',
      department: 'youth-education',
      exists: 'yes',
      contributes: ['human', 'skills-training-expertise'],
      existingOrNew: 'existing',
    },
    {
      id: 'dept-culture',
      department: 'culture',
      exists: 'yes',
      contributes: ['material'],
      existingOrNew: 'existing',
    },
    {
      id: 'dept-welfare',
      department: 'welfare',
      exists: 'yes',
      contributes: ['financial'],
      existingOrNew: 'both',
    },
  ],
  [q('resources', 'resource-items')]: [
    {
      id: 'item-coordinator',
      type: 'human',
      description: 'Coordinator',
      providedBy: 'crime-prevention-public-safety',
      existingOrNew: 'existing',
      cost: 80000,
      currency: 'NOK',
    },
    {
      id: 'item-rooms',
      type: 'material',
      description: 'Meeting rooms',
      providedBy: 'culture',
      existingOrNew: 'existing',
      cost: 5000,
      currency: 'NOK',
    },
  ],
  [q('resources', 'grant-programme')]: 'no',

  // Funding
  [q('funding', 'sources')]: [
    {
      id: 'fund-city',
      sourceType: 'city-budget',
      name: 'City budget line',
      amount: 300000,
      currency: 'NOK',
      cashOrInKind: 'cash',
      startDate: '2025-01-01',
      endDate: '2029-12-31',
    },
    {
      id: 'fund-national',
      sourceType: 'national-allocation',
      name: 'National prevention allocation',
      amount: 200000,
      currency: 'NOK',
      cashOrInKind: 'cash',
      startDate: '2025-01-01',
      endDate: '2029-12-31',
    },
  ],
  [q('funding', 'match-funding')]: 'no',
  [q('funding', 'seeking-donors')]: 'no',
  [q('funding', 'grant-writing-staff')]: 'yes',
};
