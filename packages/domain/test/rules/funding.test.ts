import type { GroupRow } from '../../src/answers/answers.types.js';
import { describeRuleCases } from './rule-cases.helper.js';

const sources = 'strategy:funding:q:sources';
const q = (name: string) => `strategy:funding:q:${name}`;
const horizonEnd = 'strategy:framework:q:horizon-end';

const src = (
  id: string,
  sourceType: string,
  amount?: number,
  extra: Record<string, string> = {},
): GroupRow => ({
  id,
  sourceType,
  ...(amount === undefined ? {} : { amount }),
  ...extra,
});
const competitive = (share: number) => [
  src('a', 'national-competitive-grant', share * 100),
  src('b', 'city-budget', (1 - share) * 100),
];

describeRuleCases({
  'FUN-01': [
    {
      name: 'fires when competitive grants pay for most of the work',
      values: { [sources]: competitive(0.6) },
      fires: true,
    },
    { name: 'does not fire below half', values: { [sources]: competitive(0.4) }, fires: false },
    {
      name: 'boundary: exactly half does not fire',
      values: { [sources]: competitive(0.5) },
      fires: false,
    },
    {
      name: 'boundary: all of it is FUN-01C, not FUN-01',
      values: { [sources]: [src('a', 'national-competitive-grant', 100)] },
      fires: false,
    },
  ],
  'FUN-01C': [
    {
      name: 'fires when competitive grants pay for everything',
      values: {
        [sources]: [
          src('a', 'national-competitive-grant', 70),
          src('b', 'national-competitive-grant', 30),
        ],
      },
      fires: true,
    },
    { name: 'does not fire at 99%', values: { [sources]: competitive(0.99) }, fires: false },
    {
      name: 'boundary: no amounts entered does not fire',
      values: { [sources]: [src('a', 'national-competitive-grant')] },
      fires: false,
    },
  ],
  'FUN-02': [
    {
      name: 'fires when no source is the city budget',
      values: { [sources]: [src('a', 'international-donor', 10)] },
      fires: true,
    },
    {
      name: 'does not fire with a city budget line',
      values: { [sources]: [src('a', 'international-donor', 10), src('b', 'city-budget', 1)] },
      fires: false,
    },
    { name: 'boundary: no sources at all is FUN-09, not FUN-02', values: {}, fires: false },
  ],
  'FUN-03': [
    {
      name: 'fires on a donor never checked (Uganda pattern)',
      values: { [sources]: [src('a', 'international-donor', 10, { alignmentReviewed: 'no' })] },
      fires: true,
    },
    {
      name: 'fires on a private partner never checked (London pattern)',
      values: { [sources]: [src('a', 'private-partnership', 10), src('b', 'city-budget', 10)] },
      fires: true,
    },
    {
      name: 'does not fire once checked',
      values: { [sources]: [src('a', 'private-partnership', 10, { alignmentReviewed: 'yes' })] },
      fires: false,
    },
    {
      name: 'boundary: an unchecked city budget line does not fire',
      values: { [sources]: [src('a', 'city-budget', 10)] },
      fires: false,
    },
  ],
  'FUN-04': [
    {
      name: 'fires when every source is of one kind',
      values: {
        [sources]: [src('a', 'international-donor', 10), src('b', 'international-donor', 5)],
      },
      fires: true,
    },
    {
      name: 'does not fire on two kinds',
      values: { [sources]: [src('a', 'international-donor', 10), src('b', 'city-budget', 5)] },
      fires: false,
    },
    {
      name: 'boundary: a single source row fires',
      values: { [sources]: [src('a', 'city-budget', 10)] },
      fires: true,
    },
  ],
  'FUN-05': [
    {
      name: 'fires when donors pay for most of the work',
      values: { [sources]: [src('a', 'international-donor', 60), src('b', 'city-budget', 40)] },
      fires: true,
    },
    {
      name: 'does not fire below half',
      values: { [sources]: [src('a', 'international-donor', 40), src('b', 'city-budget', 60)] },
      fires: false,
    },
    {
      name: 'boundary: exactly half does not fire',
      values: { [sources]: [src('a', 'international-donor', 50), src('b', 'city-budget', 50)] },
      fires: false,
    },
  ],
  'FUN-06': [
    {
      name: 'fires when seeking donors without grant staff',
      values: { [q('seeking-donors')]: 'yes', [q('grant-writing-staff')]: 'no' },
      fires: true,
    },
    {
      name: 'fires when holding donor funding without grant staff',
      values: { [sources]: [src('a', 'international-donor', 5)], [q('grant-writing-staff')]: 'no' },
      fires: true,
    },
    {
      name: 'does not fire with grant staff',
      values: { [q('seeking-donors')]: 'yes', [q('grant-writing-staff')]: 'yes' },
      fires: false,
    },
    {
      name: 'boundary: no staff but no donor plans does not fire',
      values: { [q('seeking-donors')]: 'no', [q('grant-writing-staff')]: 'no' },
      fires: false,
    },
  ],
  'FUN-07': [
    {
      name: 'fires when a required partner is missing',
      values: { [q('seeking-donors')]: 'yes', [q('implementing-partner')]: 'required-missing' },
      fires: true,
    },
    {
      name: 'does not fire when a partner is available',
      values: { [q('seeking-donors')]: 'yes', [q('implementing-partner')]: 'required-available' },
      fires: false,
    },
    {
      name: 'boundary: ignored when the city has no donor plans',
      values: { [q('seeking-donors')]: 'no', [q('implementing-partner')]: 'required-missing' },
      fires: false,
    },
  ],
  'FUN-08': [
    {
      name: 'fires when funding ends before the strategy',
      values: {
        [horizonEnd]: '2029-12-31',
        [sources]: [src('a', 'city-budget', 5, { endDate: '2026-12-31' })],
      },
      fires: true,
    },
    {
      name: 'does not fire when funding outlasts it',
      values: {
        [horizonEnd]: '2026-12-31',
        [sources]: [src('a', 'city-budget', 5, { endDate: '2027-12-31' })],
      },
      fires: false,
    },
    {
      name: 'boundary: funding ending on the horizon end day does not fire',
      values: {
        [horizonEnd]: '2029-12-31',
        [sources]: [src('a', 'city-budget', 5, { endDate: '2029-12-31' })],
      },
      fires: false,
    },
    {
      name: 'boundary: funding ending the day before the horizon end fires',
      values: {
        [horizonEnd]: '2029-12-31',
        [sources]: [src('a', 'city-budget', 5, { endDate: '2029-12-30' })],
      },
      fires: true,
    },
    {
      name: 'boundary: funding that already ended does not fire',
      values: {
        [horizonEnd]: '2029-12-31',
        [sources]: [src('a', 'city-budget', 5, { endDate: '2024-12-31' })],
      },
      fires: false,
    },
    {
      name: 'does not fire without a horizon',
      values: { [sources]: [src('a', 'city-budget', 5, { endDate: '2026-12-31' })] },
      fires: false,
    },
  ],
  'FUN-09': [
    { name: 'fires with no funding recorded', values: {}, fires: true },
    {
      name: 'does not fire once a source is recorded',
      values: { [sources]: [src('a', 'city-budget')] },
      fires: false,
    },
  ],
  'STR-33': [
    {
      name: 'holds for three kinds including the city budget',
      values: {
        [sources]: [
          src('a', 'city-budget', 40),
          src('b', 'national-allocation', 30),
          src('c', 'private-partnership', 30),
        ],
      },
      fires: true,
    },
    {
      name: 'boundary: three kinds but donor-dominated does not hold',
      values: {
        [sources]: [
          src('a', 'city-budget', 10),
          src('b', 'national-allocation', 10),
          src('c', 'international-donor', 80),
        ],
      },
      fires: false,
    },
    {
      name: 'does not hold without a city budget line',
      values: {
        [sources]: [
          src('a', 'national-allocation', 40),
          src('b', 'international-donor', 30),
          src('c', 'private-partnership', 30),
        ],
      },
      fires: false,
    },
  ],
  'STR-34': [
    {
      name: 'holds for a matched private partnership (London pattern)',
      values: {
        [q('match-funding')]: 'yes',
        [sources]: [src('a', 'city-budget', 400000), src('b', 'private-partnership', 400000)],
      },
      fires: true,
    },
    {
      name: 'boundary: a partner without city money does not hold',
      values: { [q('match-funding')]: 'yes', [sources]: [src('b', 'private-partnership', 400000)] },
      fires: false,
    },
    {
      name: 'does not hold without matching',
      values: {
        [q('match-funding')]: 'no',
        [sources]: [src('a', 'city-budget', 1), src('b', 'private-partnership', 1)],
      },
      fires: false,
    },
  ],
  'STR-35': [
    {
      name: 'holds with a city budget line',
      values: { [sources]: [src('a', 'city-budget', 1)] },
      fires: true,
    },
    {
      name: 'does not hold without one',
      values: { [sources]: [src('a', 'national-allocation', 1)] },
      fires: false,
    },
  ],
  'STR-36': [
    {
      name: 'holds when every outside funder was checked',
      values: {
        [sources]: [
          src('a', 'international-donor', 1, { alignmentReviewed: 'yes' }),
          src('b', 'city-budget', 1),
        ],
      },
      fires: true,
    },
    {
      name: 'boundary: one unchecked partner breaks it',
      values: {
        [sources]: [
          src('a', 'international-donor', 1, { alignmentReviewed: 'yes' }),
          src('b', 'private-partnership', 1, { alignmentReviewed: 'unknown' }),
        ],
      },
      fires: false,
    },
    {
      name: 'does not hold with no outside funders',
      values: { [sources]: [src('a', 'city-budget', 1)] },
      fires: false,
    },
  ],
});
