import { describeRuleCases, TODAY } from './rule-cases.helper.js';

const q = (name: string) => `strategy:sustainability:q:${name}`;
const terms = q('political-terms');
const roles = q('key-roles');
const horizonEnd = 'strategy:framework:q:horizon-end';

// TODAY is 2025-06-01; the strategy runs to the end of 2029 unless a case says otherwise.
const term = (termEnds: string, nextElection?: string) => [
  { id: 't1', office: 'Mayor', termEnds, ...(nextElection ? { nextElection } : {}) },
];

describeRuleCases({
  'SUS-01': [
    {
      name: 'fires when a term ends inside the horizon with no briefing',
      values: { [horizonEnd]: '2029-12-31', [terms]: term('2026-05-31') },
      fires: true,
    },
    {
      name: 'does not fire when a handover briefing is planned',
      values: {
        [horizonEnd]: '2029-12-31',
        [terms]: term('2026-05-31'),
        [q('handover-briefing')]: 'yes',
      },
      fires: false,
    },
    {
      name: 'does not fire when the term outlasts the strategy',
      values: { [horizonEnd]: '2027-12-31', [terms]: term('2028-05-31') },
      fires: false,
    },
    {
      name: 'boundary: a term ending on the horizon end day does not fire',
      values: { [horizonEnd]: '2027-12-31', [terms]: term('2027-12-31') },
      fires: false,
    },
    {
      name: 'boundary: a term ending the day before the horizon end fires',
      values: { [horizonEnd]: '2027-12-31', [terms]: term('2027-12-30') },
      fires: true,
    },
    {
      name: 'fires on an election inside the horizon',
      values: { [horizonEnd]: '2029-12-31', [terms]: term('2031-01-01', '2028-03-01') },
      fires: true,
    },
    {
      name: 'boundary: a term that already ended does not fire',
      values: { [horizonEnd]: '2029-12-31', [terms]: term('2025-05-31') },
      fires: false,
    },
    {
      name: 'does not fire without a horizon end',
      values: { [terms]: term('2026-05-31') },
      fires: false,
    },
  ],
  'SUS-02': [
    {
      name: 'fires when every key role is political',
      values: { [roles]: [{ id: 'k1', role: 'Mayor', kind: 'political' }] },
      fires: true,
    },
    {
      name: 'boundary: one administrative role is enough',
      values: {
        [roles]: [
          { id: 'k1', role: 'Mayor', kind: 'political' },
          { id: 'k2', role: 'Head of social services', kind: 'administrative' },
        ],
      },
      fires: false,
    },
    { name: 'does not fire with no roles recorded', values: {}, fires: false },
  ],
  'SUS-03': [
    { name: 'fires with no legal basis', values: { [q('legal-basis')]: 'none' }, fires: true },
    {
      name: 'does not fire with a council motion',
      values: { [q('legal-basis')]: 'council-motion' },
      fires: false,
    },
    { name: 'boundary: unanswered does not fire', values: {}, fires: false },
  ],
  'SUS-04': [
    {
      name: 'fires when not in the annual budget',
      values: { [q('annual-budget')]: 'no' },
      fires: true,
    },
    { name: 'does not fire when it is', values: { [q('annual-budget')]: 'yes' }, fires: false },
    {
      name: 'boundary: unknown does not fire',
      values: { [q('annual-budget')]: 'unknown' },
      fires: false,
    },
  ],
  'SUS-05': [
    {
      name: 'fires on an election within a year',
      values: { [terms]: term('2026-06-30', '2026-03-15') },
      fires: true,
    },
    {
      name: 'does not fire on an election further away',
      values: { [terms]: term('2027-06-30', '2027-03-15') },
      fires: false,
    },
    {
      name: 'boundary: an election exactly twelve months ahead fires',
      values: { [terms]: term('2026-06-30', '2026-06-01') },
      fires: true,
    },
    {
      name: 'boundary: an election held today fires',
      values: { [terms]: term('2026-06-30', TODAY) },
      fires: true,
    },
  ],
  'SUS-06': [
    { name: 'fires with no embedded guidance', values: {}, fires: true },
    {
      name: 'does not fire once a document is recorded',
      values: {
        [q('embedded-guidance')]: [
          { id: 'e1', document: 'Youth work procedures', department: 'youth-education' },
        ],
      },
      fires: false,
    },
  ],
  'STR-28': [
    {
      name: 'holds with a legal basis and a budget line',
      values: { [q('legal-basis')]: 'ordinance', [q('annual-budget')]: 'yes' },
      fires: true,
    },
    {
      name: 'boundary: a legal basis without a budget line does not hold',
      values: { [q('legal-basis')]: 'ordinance', [q('annual-budget')]: 'unknown' },
      fires: false,
    },
    {
      name: 'does not hold with no legal basis',
      values: { [q('legal-basis')]: 'none', [q('annual-budget')]: 'yes' },
      fires: false,
    },
  ],
  'STR-29': [
    {
      name: 'holds when a handover briefing is planned',
      values: { [q('handover-briefing')]: 'yes' },
      fires: true,
    },
    { name: 'does not hold otherwise', values: { [q('handover-briefing')]: 'no' }, fires: false },
  ],
  'STR-30': [
    {
      name: 'holds with an administrative role and embedded guidance',
      values: {
        [roles]: [{ id: 'k1', role: 'Director of housing', kind: 'administrative' }],
        [q('embedded-guidance')]: [{ id: 'e1', document: 'Tenancy guide' }],
      },
      fires: true,
    },
    {
      name: 'boundary: guidance without an administrative role does not hold',
      values: {
        [roles]: [{ id: 'k1', role: 'Mayor', kind: 'political' }],
        [q('embedded-guidance')]: [{ id: 'e1', document: 'Tenancy guide' }],
      },
      fires: false,
    },
  ],
});
