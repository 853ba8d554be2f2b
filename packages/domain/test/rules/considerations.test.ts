import { describeRuleCases } from './rule-cases.helper.js';

const labels = 'strategy:considerations:q:public-labels';
const ctFunding = 'strategy:considerations:q:counter-terrorism-funding';
const glossary = 'strategy:considerations:q:glossary';
const consultations = 'strategy:considerations:q:consultations';
const police = 'strategy:considerations:q:police-engaged';
const structures = 'strategy:considerations:q:new-structures';
const training = 'strategy:considerations:q:training-needs';
const leadModel = 'strategy:institutionalisation:q:lead-model';
const leadKind = 'strategy:institutionalisation:q:lead-kind';

const agreedTerm = {
  id: 'g1',
  term: 'Polarisation',
  consensus: 'agreed',
  agreedBy: 'Community forum',
};
const structure = (linkedToExisting: string, extra: Record<string, string> = {}) => ({
  id: 's1',
  name: 'Prevention board',
  linkedToExisting,
  ...extra,
});

describeRuleCases({
  'CON-1': [
    {
      name: 'fires on a P/CVE label in public framing',
      values: { [labels]: ['pcve', 'social-cohesion'] },
      fires: true,
    },
    {
      name: 'fires on a police or security lead',
      values: { [leadModel]: 'individual-department', [leadKind]: 'police-or-security' },
      fires: true,
    },
    { name: 'fires on counter-terrorism funding', values: { [ctFunding]: 'yes' }, fires: true },
    {
      name: 'does not fire on civilian labels, lead and funding',
      values: {
        [labels]: ['social-cohesion'],
        [ctFunding]: 'no',
        [leadModel]: 'individual-department',
        [leadKind]: 'social-services',
      },
      fires: false,
    },
    {
      name: 'boundary: unknown funding source alone does not fire',
      values: { [ctFunding]: 'unknown' },
      fires: false,
    },
    {
      name: 'boundary: a security lead kind is ignored while no lead is chosen',
      values: { [leadModel]: 'none-yet', [leadKind]: 'police-or-security' },
      fires: false,
    },
  ],
  'CON-2': [
    { name: 'fires when there is no glossary', values: {}, fires: true },
    {
      name: 'fires on a disputed term',
      values: {
        [glossary]: [agreedTerm, { id: 'g2', term: 'Radicalisation', consensus: 'contested' }],
      },
      fires: true,
    },
    {
      name: 'does not fire when every term is agreed and attributed',
      values: { [glossary]: [agreedTerm] },
      fires: false,
    },
    {
      name: 'boundary: an agreed term with nobody recorded as agreeing fires',
      values: { [glossary]: [{ id: 'g1', term: 'Hate', consensus: 'agreed' }] },
      fires: true,
    },
  ],
  'CON-3': [
    { name: 'fires with no consultation', values: {}, fires: true },
    {
      name: 'fires when consultations covered only priorities',
      values: { [consultations]: [{ id: 'c1', topics: ['priorities'] }] },
      fires: true,
    },
    {
      name: 'does not fire once the approach was discussed',
      values: { [consultations]: [{ id: 'c1', topics: ['conceptual-approach'] }] },
      fires: false,
    },
    {
      name: 'boundary: terminology alone is enough',
      values: { [consultations]: [{ id: 'c1', topics: ['terminology'] }] },
      fires: false,
    },
  ],
  'CON-4': [
    {
      name: 'fires on a structure not linked to an existing mechanism',
      values: { [structures]: [structure('no')] },
      fires: true,
    },
    {
      name: 'does not fire when every structure is linked',
      values: { [structures]: [structure('yes')] },
      fires: false,
    },
    { name: 'does not fire with no new structures', values: {}, fires: false },
    {
      name: 'boundary: an unknown link counts as not linked',
      values: { [structures]: [structure('unknown')] },
      fires: true,
    },
  ],
  'CON-5': [
    { name: 'fires when the police are not engaged', values: { [police]: 'no' }, fires: true },
    { name: 'does not fire when they are', values: { [police]: 'yes' }, fires: false },
    { name: 'boundary: unknown does not fire', values: { [police]: 'unknown' }, fires: false },
  ],
  'CON-6': [
    {
      name: 'fires when training needs have no training resource',
      values: { [training]: [{ id: 't1', topic: 'Mainstreaming prevention' }] },
      fires: true,
    },
    {
      name: 'does not fire when a resource item covers training',
      values: {
        [training]: [{ id: 't1', topic: 'Mainstreaming' }],
        'strategy:resources:q:resource-items': [{ id: 'r1', type: 'skills-training-expertise' }],
      },
      fires: false,
    },
    {
      name: 'boundary: a department offering training is enough',
      values: {
        [training]: [{ id: 't1', topic: 'Mainstreaming' }],
        'strategy:resources:q:departments': [
          { id: 'd1', department: 'youth-education', contributes: ['skills-training-expertise'] },
        ],
      },
      fires: false,
    },
    { name: 'does not fire with no training needs', values: {}, fires: false },
  ],
  'CON-7': [
    {
      name: 'fires on a structure without a written remit',
      values: { [structures]: [structure('yes', { remitDocument: 'no' })] },
      fires: true,
    },
    {
      name: 'does not fire when it has one',
      values: { [structures]: [structure('yes', { remitDocument: 'yes' })] },
      fires: false,
    },
    {
      name: 'boundary: an unanswered remit does not fire',
      values: { [structures]: [structure('yes')] },
      fires: false,
    },
  ],
  'STR-20': [
    {
      name: 'holds when an existing network leads (Norway pattern)',
      values: { [leadModel]: 'network-existing' },
      fires: true,
    },
    {
      name: 'holds when every new structure is linked',
      values: { [structures]: [structure('yes')] },
      fires: true,
    },
    {
      name: 'does not hold when one structure stands alone',
      values: { [leadModel]: 'network-existing', [structures]: [structure('no')] },
      fires: false,
    },
    { name: 'boundary: nothing recorded is not a strength', values: {}, fires: false },
  ],
  'STR-21': [
    {
      name: 'holds when both the approach and the terms were consulted on',
      values: {
        [consultations]: [
          { id: 'c1', topics: ['conceptual-approach'] },
          { id: 'c2', topics: ['terminology'] },
        ],
      },
      fires: true,
    },
    {
      name: 'boundary: only one of the two does not hold',
      values: { [consultations]: [{ id: 'c1', topics: ['conceptual-approach', 'priorities'] }] },
      fires: false,
    },
    { name: 'does not hold with no consultation', values: {}, fires: false },
  ],
  'STR-22': [
    {
      name: 'holds when every term is agreed and attributed',
      values: { [glossary]: [agreedTerm] },
      fires: true,
    },
    {
      name: 'boundary: one proposed term breaks it',
      values: {
        [glossary]: [
          agreedTerm,
          { id: 'g2', term: 'Extremism', consensus: 'proposed', agreedBy: 'Council' },
        ],
      },
      fires: false,
    },
    { name: 'does not hold with no glossary', values: {}, fires: false },
  ],
  'STR-23': [
    { name: 'holds when the police take part', values: { [police]: 'yes' }, fires: true },
    { name: 'does not hold otherwise', values: { [police]: 'unknown' }, fires: false },
  ],
  'STR-24': [
    {
      name: 'holds for civilian labels',
      values: { [labels]: ['social-cohesion', 'public-health'] },
      fires: true,
    },
    {
      name: 'does not hold with a security label',
      values: { [labels]: ['social-cohesion', 'security-policing'] },
      fires: false,
    },
    {
      name: 'boundary: counter-terrorism funding breaks it',
      values: { [labels]: ['social-cohesion'], [ctFunding]: 'yes' },
      fires: false,
    },
    { name: 'does not hold when labels are unrecorded', values: {}, fires: false },
  ],
});
