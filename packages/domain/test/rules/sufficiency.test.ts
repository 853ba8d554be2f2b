import type { GroupRow } from '../../src/answers/answers.types.js';
import { describeRuleCases } from './rule-cases.helper.js';

const mandates = 'strategy:mandate:q:mandates';
const q = (name: string) => `strategy:sufficiency:q:${name}`;

const mandate = (sourceType: string, extra: Record<string, string> = {}): GroupRow => ({
  id: 'm1',
  sourceType,
  documentRef: 'Act 12',
  issuingBody: 'Parliament',
  ...extra,
});
const held = { [mandates]: [mandate('national-legislation')] };
const publicSafetyOnly = {
  [mandates]: [mandate('broader-mandate', { broaderBasis: 'public-safety' })],
};
const allPartners = ['other-agencies', 'civil-society', 'communities', 'private-sector'];

describeRuleCases({
  'SF-1': [
    {
      name: 'fires when the city may only alert security agencies',
      values: { ...held, [q('functions')]: ['alert-security-only'] },
      fires: true,
    },
    {
      name: 'fires when the city may only alert and respond to incidents',
      values: { ...held, [q('functions')]: ['alert-security-only', 'incident-response'] },
      fires: true,
    },
    {
      name: 'does not fire when early intervention is allowed',
      values: { ...held, [q('functions')]: ['alert-security-only', 'early-intervention'] },
      fires: false,
    },
    {
      name: 'boundary: individual case support alone counts as prevention',
      values: { ...held, [q('functions')]: ['individual-case-support'] },
      fires: false,
    },
    { name: 'boundary: unanswered does not fire', values: held, fires: false },
  ],
  'SF-2': [
    {
      name: 'fires when public safety is physical security only',
      values: {
        ...held,
        [q('public-safety-role')]: 'yes',
        [q('public-safety-scope')]: 'physical-only',
      },
      fires: true,
    },
    {
      name: 'fires for a public-safety mandate read physically (S8 pattern)',
      values: { ...publicSafetyOnly, [q('public-safety-scope')]: 'physical-only' },
      fires: true,
    },
    {
      name: 'does not fire when it includes cohesion',
      values: { ...publicSafetyOnly, [q('public-safety-scope')]: 'includes-cohesion' },
      fires: false,
    },
    {
      name: 'boundary: a stale scope answer is ignored without a public-safety role',
      values: {
        ...held,
        [q('public-safety-role')]: 'no',
        [q('public-safety-scope')]: 'physical-only',
      },
      fires: false,
    },
  ],
  'SF-6': [
    {
      name: 'S8 Dąbrowa Górnicza pattern: public-safety mandate, reach not yet checked',
      values: publicSafetyOnly,
      fires: true,
    },
    {
      name: 'fires for a public-safety role with no scope recorded',
      values: { ...held, [q('public-safety-role')]: 'yes' },
      fires: true,
    },
    {
      name: 'does not fire once the reach is recorded',
      values: { ...publicSafetyOnly, [q('public-safety-scope')]: 'includes-cohesion' },
      fires: false,
    },
    {
      name: 'boundary: no public-safety role, nothing to check',
      values: { ...held, [q('public-safety-role')]: 'no' },
      fires: false,
    },
  ],
  'SF-3': [
    {
      name: 'fires when tertiary prevention is missing',
      values: { ...held, [q('prevention-levels')]: ['primary', 'secondary'] },
      fires: true,
    },
    {
      name: 'does not fire with all three levels',
      values: { ...held, [q('prevention-levels')]: ['tertiary', 'primary', 'secondary'] },
      fires: false,
    },
    { name: 'boundary: unanswered does not fire', values: held, fires: false },
  ],
  'SF-5': [
    {
      name: 'fires when the private sector is excluded',
      values: { ...held, [q('partners-permitted')]: allPartners.slice(0, 3) },
      fires: true,
    },
    {
      name: 'does not fire when every partner is allowed',
      values: { ...held, [q('partners-permitted')]: allPartners },
      fires: false,
    },
    {
      name: 'boundary: only other agencies fires',
      values: { ...held, [q('partners-permitted')]: ['other-agencies'] },
      fires: true,
    },
    {
      name: 'boundary: ignored without a mandate',
      values: {
        [mandates]: [{ id: 'm1', sourceType: 'none' }],
        [q('partners-permitted')]: ['other-agencies'],
      },
      fires: false,
    },
  ],
  'STR-08': [
    {
      name: 'holds for all three levels',
      values: { ...held, [q('prevention-levels')]: ['primary', 'secondary', 'tertiary'] },
      fires: true,
    },
    {
      name: 'boundary: two levels do not hold',
      values: { ...held, [q('prevention-levels')]: ['primary', 'secondary'] },
      fires: false,
    },
  ],
  'STR-09': [
    {
      name: 'holds for community work with every partner',
      values: {
        ...held,
        [q('functions')]: ['community-programmes'],
        [q('partners-permitted')]: allPartners,
      },
      fires: true,
    },
    {
      name: 'boundary: every partner but alert-only does not hold',
      values: {
        ...held,
        [q('functions')]: ['alert-security-only'],
        [q('partners-permitted')]: allPartners,
      },
      fires: false,
    },
    {
      name: 'does not hold with a partner missing',
      values: {
        ...held,
        [q('functions')]: ['early-intervention'],
        [q('partners-permitted')]: allPartners.slice(1),
      },
      fires: false,
    },
  ],
});
