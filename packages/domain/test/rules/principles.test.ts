import { describeRuleCases, type Values } from './rule-cases.helper.js';

const q = (name: string) => `strategy:principles:q:${name}`;
const allStages = ['design', 'implementation', 'engagement', 'evaluation'];

const doNoHarm = {
  [q('do-no-harm-stages')]: allStages,
  [q('do-no-harm-evidence')]: 'Risk review with residents before each activity.',
};
const gender = {
  [q('gender-analysis')]: 'yes',
  [q('gender-disaggregated')]: 'yes',
  [q('gender-stages')]: allStages,
};
const humanRights = {
  [q('human-rights-stages')]: allStages,
  [q('human-rights-evidence')]: 'Review with the ombudsperson at each stage.',
};
const wholeSociety: Values = {
  [q('agencies-involved')]: 6,
  [q('stakeholder-sectors')]: ['civil-society', 'communities', 'private-sector', 'faith-groups'],
  [q('whole-of-society-stages')]: allStages,
};

describeRuleCases({
  'PRI-1': [
    { name: 'fires with no harm checks recorded', values: {}, fires: true },
    {
      name: 'does not fire with checks at every stage and evidence',
      values: doNoHarm,
      fires: false,
    },
    {
      name: 'boundary: three stages out of four fires',
      values: { ...doNoHarm, [q('do-no-harm-stages')]: allStages.slice(0, 3) },
      fires: true,
    },
    {
      name: 'boundary: every stage ticked but no evidence fires',
      values: { [q('do-no-harm-stages')]: allStages },
      fires: true,
    },
  ],
  'PRI-2': [
    {
      name: 'fires without a gender analysis',
      values: { ...gender, [q('gender-analysis')]: 'no' },
      fires: true,
    },
    {
      name: 'fires when indicators are not broken down by gender',
      values: { ...gender, [q('gender-disaggregated')]: 'no' },
      fires: true,
    },
    { name: 'does not fire when gender is covered throughout', values: gender, fires: false },
    {
      name: 'boundary: evaluation stage missing fires',
      values: { ...gender, [q('gender-stages')]: allStages.slice(0, 3) },
      fires: true,
    },
  ],
  'PRI-3': [
    {
      name: 'fires when only the design was reviewed',
      values: { ...humanRights, [q('human-rights-stages')]: ['design'] },
      fires: true,
    },
    {
      name: 'does not fire with reviews at every stage and evidence',
      values: humanRights,
      fires: false,
    },
    {
      name: 'boundary: a statement without evidence fires',
      values: { [q('human-rights-stages')]: allStages },
      fires: true,
    },
  ],
  'PRI-4': [
    {
      name: 'S5 Serbia pattern: no one outside government takes part',
      values: {
        [q('agencies-involved')]: 2,
        [q('stakeholder-sectors')]: ['other-government-levels'],
      },
      fires: true,
    },
    {
      name: 'fires when one agency carries the work alone',
      values: { ...wholeSociety, [q('agencies-involved')]: 1 },
      fires: true,
    },
    { name: 'does not fire for a shared effort', values: wholeSociety, fires: false },
    {
      name: 'boundary: two agencies and one non-government sector does not fire',
      values: { [q('agencies-involved')]: 2, [q('stakeholder-sectors')]: ['academia'] },
      fires: false,
    },
  ],
  'PRI-5': [
    {
      name: 'S8 Dąbrowa Górnicza pattern: civil society only',
      values: { [q('agencies-involved')]: 3, [q('stakeholder-sectors')]: ['civil-society'] },
      fires: true,
    },
    {
      name: 'fires when partners join only for delivery',
      values: { ...wholeSociety, [q('whole-of-society-stages')]: ['implementation'] },
      fires: true,
    },
    {
      name: 'does not fire when the three core sectors take part at every stage',
      values: wholeSociety,
      fires: false,
    },
    {
      name: 'boundary: no non-government partner is PRI-4, not PRI-5',
      values: { [q('agencies-involved')]: 3 },
      fires: false,
    },
  ],
  'STR-13': [
    {
      name: 'holds when do no harm, gender and human rights are evidenced at every stage',
      values: { ...doNoHarm, ...gender, ...humanRights },
      fires: true,
    },
    {
      name: 'boundary: gender indicators not disaggregated breaks it',
      values: { ...doNoHarm, ...gender, ...humanRights, [q('gender-disaggregated')]: 'no' },
      fires: false,
    },
    { name: 'does not hold with nothing recorded', values: {}, fires: false },
  ],
  'STR-14': [
    {
      name: 'holds for several agencies and all core sectors at every stage',
      values: wholeSociety,
      fires: true,
    },
    {
      name: 'boundary: one agency breaks it',
      values: { ...wholeSociety, [q('agencies-involved')]: 1 },
      fires: false,
    },
    {
      name: 'does not hold without the private sector',
      values: { ...wholeSociety, [q('stakeholder-sectors')]: ['civil-society', 'communities'] },
      fires: false,
    },
  ],
});
