import type { GroupRow } from '../../src/answers/answers.types.js';
import { describeRuleCases } from './rule-cases.helper.js';

const q = (name: string) => `strategy:framework:q:${name}`;
const line = (id: string, kind: 'cost' | 'resource', amount: number): GroupRow => ({
  id,
  item: `${kind} ${id}`,
  kind,
  amount,
});

describeRuleCases({
  'FRM-01': [
    { name: 'fires for an informal approach', values: { [q('form')]: 'informal' }, fires: true },
    {
      name: 'does not fire for a dedicated strategy',
      values: { [q('form')]: 'dedicated-strategy' },
      fires: false,
    },
    {
      name: 'boundary: part of another formal framework does not fire',
      values: { [q('form')]: 'other-formal-framework' },
      fires: false,
    },
  ],
  'FRM-02': [
    {
      name: 'S3 Kenya pattern: P/CVE only',
      values: { [q('frameworks')]: ['pcve'], [q('under-counter-terrorism')]: 'no' },
      fires: true,
    },
    {
      name: 'fires when a mixed framework sits under counter-terrorism',
      values: {
        [q('frameworks')]: ['pcve', 'public-health'],
        [q('under-counter-terrorism')]: 'yes',
      },
      fires: true,
    },
    {
      name: 'does not fire for a mix outside counter-terrorism',
      values: {
        [q('frameworks')]: ['pcve', 'public-health'],
        [q('under-counter-terrorism')]: 'no',
      },
      fires: false,
    },
    {
      name: 'boundary: a single non-security framing does not fire',
      values: { [q('frameworks')]: ['violence-prevention'] },
      fires: false,
    },
  ],
  'FRM-03': [
    {
      name: 'fires while approval is pending',
      values: { [q('approval-status')]: 'pending', [q('approval-body')]: 'council' },
      fires: true,
    },
    {
      name: 'fires when nobody knows who approves',
      values: { [q('approval-status')]: 'approved', [q('approval-body')]: 'unknown' },
      fires: true,
    },
    {
      name: 'does not fire once approved by a known body',
      values: { [q('approval-status')]: 'approved', [q('approval-body')]: 'council' },
      fires: false,
    },
    {
      name: 'boundary: no approval needed does not fire, even with a stale "unknown" body',
      values: { [q('approval-status')]: 'not-needed', [q('approval-body')]: 'unknown' },
      fires: false,
    },
  ],
  'FRM-04': [
    {
      name: 'fires when costs exceed identified resources',
      values: { [q('cost-plan')]: [line('a', 'cost', 100), line('b', 'resource', 60)] },
      fires: true,
    },
    {
      name: 'fires when no resource is identified',
      values: { [q('cost-plan')]: [line('a', 'cost', 100)] },
      fires: true,
    },
    {
      name: 'does not fire when resources cover the costs',
      values: {
        [q('cost-plan')]: [
          line('a', 'cost', 100),
          line('b', 'resource', 70),
          line('c', 'resource', 40),
        ],
      },
      fires: false,
    },
    {
      name: 'boundary: resources exactly equal to costs do not fire',
      values: { [q('cost-plan')]: [line('a', 'cost', 100), line('b', 'resource', 100)] },
      fires: false,
    },
    {
      name: 'boundary: an all-zero plan does not fire',
      values: { [q('cost-plan')]: [line('a', 'cost', 0)] },
      fires: false,
    },
  ],
  'FRM-05': [
    {
      name: 'fires when the political setting was not assessed',
      values: { [q('political-context-assessed')]: 'no' },
      fires: true,
    },
    {
      name: 'does not fire once assessed',
      values: { [q('political-context-assessed')]: 'yes' },
      fires: false,
    },
    {
      name: 'boundary: unknown fires',
      values: { [q('political-context-assessed')]: 'unknown' },
      fires: true,
    },
  ],
  'FRM-06': [
    {
      name: 'fires without safeguards against misuse',
      values: { [q('misuse-safeguards')]: 'no' },
      fires: true,
    },
    {
      name: 'does not fire with safeguards',
      values: { [q('misuse-safeguards')]: 'yes' },
      fires: false,
    },
    { name: 'boundary: unanswered does not fire', values: {}, fires: false },
  ],
  'FRM-07': [
    {
      name: 'fires when feasibility was not checked',
      values: { [q('feasibility-assessed')]: 'no' },
      fires: true,
    },
    {
      name: 'does not fire once checked',
      values: { [q('feasibility-assessed')]: 'yes' },
      fires: false,
    },
    {
      name: 'boundary: unknown fires',
      values: { [q('feasibility-assessed')]: 'unknown' },
      fires: true,
    },
  ],
  'STR-10': [
    {
      name: 'holds for a combined, non-securitised mix',
      values: {
        [q('frameworks')]: ['public-health', 'violence-prevention'],
        [q('under-counter-terrorism')]: 'no',
      },
      fires: true,
    },
    {
      name: 'boundary: a mix under counter-terrorism does not hold',
      values: {
        [q('frameworks')]: ['public-health', 'pcve'],
        [q('under-counter-terrorism')]: 'yes',
      },
      fires: false,
    },
    {
      name: 'does not hold for a single framing',
      values: { [q('frameworks')]: ['public-health'] },
      fires: false,
    },
  ],
  'STR-11': [
    { name: 'holds once approved', values: { [q('approval-status')]: 'approved' }, fires: true },
    {
      name: 'does not hold while pending',
      values: { [q('approval-status')]: 'pending' },
      fires: false,
    },
  ],
  'STR-12': [
    {
      name: 'holds when context is assessed and safeguards exist',
      values: { [q('political-context-assessed')]: 'yes', [q('misuse-safeguards')]: 'yes' },
      fires: true,
    },
    {
      name: 'boundary: one of the two does not hold',
      values: { [q('political-context-assessed')]: 'yes', [q('misuse-safeguards')]: 'no' },
      fires: false,
    },
  ],
});
