import type { GroupRow } from '../../src/answers/answers.types.js';
import { describeRuleCases } from './rule-cases.helper.js';

const mandates = 'strategy:mandate:q:mandates';
const q = (name: string) => `strategy:awareness:q:${name}`;

const mandate = (sourceType: string): GroupRow => ({
  id: 'm1',
  sourceType,
  documentRef: 'Strategy 2020',
  issuingBody: 'Ministry',
});
const national = { [mandates]: [mandate('national-framework')] };
const councilOnly = { [mandates]: [mandate('council-decision')] };
const noMandate = { [mandates]: [{ id: 'm1', sourceType: 'none' }] };
const threeDepartments = [
  'youth-education',
  'health-social-care',
  'crime-prevention-public-safety',
];

/** The Uganda pattern of scenario S1, as the city would record it. */
const uganda = {
  ...national,
  [q('shared-with-city')]: 'no',
  [q('city-consulted')]: 'no',
  [q('officials-aware')]: 2,
  [q('leadership-briefed')]: 'no',
};

describeRuleCases({
  'AW-1': [
    { name: 'S1 Uganda pattern: no department briefed', values: uganda, fires: true },
    {
      name: 'fires when local services were not told',
      values: {
        ...national,
        [q('departments-briefed')]: threeDepartments,
        [q('services-briefed')]: 'no',
      },
      fires: true,
    },
    {
      name: 'does not fire once three departments and local services are briefed',
      values: {
        ...national,
        [q('departments-briefed')]: threeDepartments,
        [q('services-briefed')]: 'yes',
      },
      fires: false,
    },
    {
      name: 'boundary: two departments still fires',
      values: { ...national, [q('departments-briefed')]: threeDepartments.slice(0, 2) },
      fires: true,
    },
    { name: 'boundary: no mandate, nothing to brief on', values: noMandate, fires: false },
  ],
  'AW-2': [
    { name: 'S1 Uganda pattern: framework never shared', values: uganda, fires: true },
    {
      name: 'fires when the city does not know whether it was shared',
      values: { ...national, [q('shared-with-city')]: 'unknown' },
      fires: true,
    },
    {
      name: 'does not fire once shared',
      values: { ...national, [q('shared-with-city')]: 'yes' },
      fires: false,
    },
    {
      name: 'boundary: a stale answer is ignored without a national mandate',
      values: { ...councilOnly, [q('shared-with-city')]: 'no' },
      fires: false,
    },
  ],
  'AW-3': [
    { name: 'S1 Uganda pattern: city not consulted', values: uganda, fires: true },
    {
      name: 'does not fire when consulted',
      values: { ...national, [q('city-consulted')]: 'yes' },
      fires: false,
    },
    {
      name: 'boundary: unknown is not reported as "not consulted"',
      values: { ...national, [q('city-consulted')]: 'unknown' },
      fires: false,
    },
  ],
  'AW-4': [
    { name: 'S1 Uganda pattern: two officials know it', values: uganda, fires: true },
    {
      name: 'does not fire with many officials',
      values: { ...national, [q('officials-aware')]: 12 },
      fires: false,
    },
    {
      name: 'boundary: three officials does not fire',
      values: { ...national, [q('officials-aware')]: 3 },
      fires: false,
    },
    {
      name: 'boundary: zero fires',
      values: { ...councilOnly, [q('officials-aware')]: 0 },
      fires: true,
    },
  ],
  'AW-5': [
    { name: 'S1 Uganda pattern: leadership not briefed', values: uganda, fires: true },
    {
      name: 'fires when nobody knows whether leaders were briefed',
      values: { ...councilOnly, [q('leadership-briefed')]: 'unknown' },
      fires: true,
    },
    {
      name: 'does not fire once briefed',
      values: {
        ...councilOnly,
        [q('leadership-briefed')]: 'yes',
        [q('leadership-briefed-on')]: '2025-03-01',
      },
      fires: false,
    },
    { name: 'boundary: unanswered is incomplete, not a gap', values: councilOnly, fires: false },
  ],
  'AW-6': [
    {
      name: 'fires with no channel to national government',
      values: { [q('national-channel')]: 'no' },
      fires: true,
    },
    {
      name: 'does not fire with a channel',
      values: { [q('national-channel')]: 'yes' },
      fires: false,
    },
    {
      name: 'boundary: unknown does not fire',
      values: { [q('national-channel')]: 'unknown' },
      fires: false,
    },
  ],
  'STR-05': [
    {
      name: 'holds when shared and consulted',
      values: { ...national, [q('shared-with-city')]: 'yes', [q('city-consulted')]: 'yes' },
      fires: true,
    },
    { name: 'does not hold for the Uganda pattern', values: uganda, fires: false },
    {
      name: 'boundary: shared but not consulted does not hold',
      values: { ...national, [q('shared-with-city')]: 'yes', [q('city-consulted')]: 'no' },
      fires: false,
    },
  ],
  'STR-06': [
    {
      name: 'holds when three officials and three departments know it',
      values: {
        ...national,
        [q('officials-aware')]: 3,
        [q('departments-briefed')]: threeDepartments,
      },
      fires: true,
    },
    {
      name: 'boundary: two officials does not hold',
      values: {
        ...national,
        [q('officials-aware')]: 2,
        [q('departments-briefed')]: threeDepartments,
      },
      fires: false,
    },
    {
      name: 'does not hold without briefed departments',
      values: { ...national, [q('officials-aware')]: 10 },
      fires: false,
    },
  ],
  'STR-07': [
    {
      name: 'holds once leaders are briefed',
      values: { ...councilOnly, [q('leadership-briefed')]: 'yes' },
      fires: true,
    },
    {
      name: 'does not hold otherwise',
      values: { ...councilOnly, [q('leadership-briefed')]: 'no' },
      fires: false,
    },
  ],
});
