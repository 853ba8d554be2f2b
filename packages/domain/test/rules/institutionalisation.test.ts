import { describeRuleCases } from './rule-cases.helper.js';

const q = (name: string) => `strategy:institutionalisation:q:${name}`;
const leadModel = q('lead-model');
const leadKind = q('lead-kind');
const contributors = q('contributors');
const members = q('lead-body-members');

// A network lead where the city keeps every duty, so each case can break exactly one.
const engagedNetwork = {
  [leadModel]: 'network-new',
  [q('network-focal-point')]: 'Head of community safety',
  [q('city-responds')]: 'yes',
  [q('city-support')]: ['staff', 'funding'],
};

describeRuleCases({
  'INS-01': [
    { name: 'fires when the lead model is unanswered', values: {}, fires: true },
    { name: 'fires when no lead is decided yet', values: { [leadModel]: 'none-yet' }, fires: true },
    {
      name: 'does not fire once a lead is chosen',
      values: { [leadModel]: 'individual-department' },
      fires: false,
    },
  ],
  'INS-02': [
    {
      name: 'fires on a single department with no contributors',
      values: { [leadModel]: 'individual-department' },
      fires: true,
    },
    {
      name: 'does not fire when other departments contribute',
      values: { [leadModel]: 'individual-department', [contributors]: ['housing'] },
      fires: false,
    },
    {
      name: 'boundary: an outside contributor is enough',
      values: { [leadModel]: 'new-unit', [q('contributors-other')]: 'Local police' },
      fires: false,
    },
    {
      name: 'does not fire for a shared lead',
      values: { [leadModel]: 'shared-departments' },
      fires: false,
    },
  ],
  'INS-03': [
    {
      name: 'fires on a police or security lead',
      values: { [leadModel]: 'individual-department', [leadKind]: 'police-or-security' },
      fires: true,
    },
    {
      name: 'does not fire on a social-services lead',
      values: { [leadModel]: 'individual-department', [leadKind]: 'social-services' },
      fires: false,
    },
    {
      name: 'boundary: crime prevention is not a security lead',
      values: {
        [leadModel]: 'individual-department',
        [leadKind]: 'crime-prevention-public-safety',
      },
      fires: false,
    },
  ],
  'INS-04': [
    {
      name: 'fires on a shared lead with no coordination answers',
      values: { [leadModel]: 'shared-departments' },
      fires: true,
    },
    {
      name: 'does not fire with coordination and an information-sharing agreement',
      values: {
        [leadModel]: 'shared-departments',
        [q('coordination-mechanism')]: 'yes',
        [q('information-sharing')]: 'yes',
      },
      fires: false,
    },
    {
      name: 'boundary: coordination without a sharing agreement still fires',
      values: {
        [leadModel]: 'shared-departments',
        [q('coordination-mechanism')]: 'yes',
        [q('information-sharing')]: 'no',
      },
      fires: true,
    },
    {
      name: 'does not fire for a single department',
      values: { [leadModel]: 'individual-department' },
      fires: false,
    },
  ],
  'INS-05': [
    { name: 'does not fire when the city keeps its duties', values: engagedNetwork, fires: false },
    {
      name: 'fires with no city focal point',
      values: { ...engagedNetwork, [q('network-focal-point')]: '' },
      fires: true,
    },
    {
      name: 'fires when the city does not answer recommendations',
      values: { ...engagedNetwork, [q('city-responds')]: 'no' },
      fires: true,
    },
    {
      name: 'fires when the city gives nothing',
      values: { ...engagedNetwork, [q('city-support')]: ['none'] },
      fires: true,
    },
    {
      name: 'boundary: unknown response to recommendations does not fire',
      values: { ...engagedNetwork, [q('city-responds')]: 'unknown' },
      fires: false,
    },
    {
      name: 'does not fire for a department lead',
      values: { [leadModel]: 'individual-department' },
      fires: false,
    },
  ],
  'INS-06': [
    {
      name: 'fires on a new network with a narrow remit',
      values: { [leadModel]: 'network-new', [q('network-remit')]: 'narrow' },
      fires: true,
    },
    {
      name: 'does not fire on a broad remit',
      values: { [leadModel]: 'network-new', [q('network-remit')]: 'broad' },
      fires: false,
    },
    {
      name: 'boundary: an existing network with a narrow remit does not fire',
      values: { [leadModel]: 'network-existing', [q('network-remit')]: 'narrow' },
      fires: false,
    },
  ],
  'INS-07': [
    {
      name: 'fires on complex issues without expert input',
      values: { [q('complex-threats')]: 'yes' },
      fires: true,
    },
    {
      name: 'does not fire with expert input',
      values: { [q('complex-threats')]: 'yes', [q('expert-input')]: 'yes' },
      fires: false,
    },
    {
      name: 'boundary: unknown complexity does not fire',
      values: { [q('complex-threats')]: 'unknown' },
      fires: false,
    },
  ],
  'INS-08': [
    {
      name: 'fires when only public bodies sit on the lead body',
      values: { [leadModel]: 'network-new', [members]: ['city-administration', 'police-security'] },
      fires: true,
    },
    {
      name: 'does not fire with civil society members',
      values: { [leadModel]: 'network-new', [members]: ['city-administration', 'civil-society'] },
      fires: false,
    },
    {
      name: 'boundary: businesses count as outside government',
      values: { [leadModel]: 'network-new', [members]: ['city-administration', 'private-sector'] },
      fires: false,
    },
    {
      name: 'does not fire when membership is unrecorded',
      values: { [leadModel]: 'network-new' },
      fires: false,
    },
  ],
  'INS-09': [
    {
      name: 'fires on police plus city only (Serbia pattern)',
      values: { [leadModel]: 'network-new', [members]: ['city-administration', 'police-security'] },
      fires: true,
    },
    {
      name: 'does not fire without the police',
      values: { [leadModel]: 'network-new', [members]: ['city-administration'] },
      fires: false,
    },
    {
      name: 'boundary: social services alongside the police balance it',
      values: {
        [leadModel]: 'network-new',
        [members]: ['police-security', 'other-public-services'],
      },
      fires: false,
    },
  ],
  'INS-10': [
    {
      name: 'fires when the existing network remit was not widened',
      values: { [leadModel]: 'network-existing', [q('remit-extended')]: 'no' },
      fires: true,
    },
    {
      name: 'does not fire once widened',
      values: { [leadModel]: 'network-existing', [q('remit-extended')]: 'yes' },
      fires: false,
    },
    {
      name: 'boundary: unknown does not fire',
      values: { [leadModel]: 'network-existing', [q('remit-extended')]: 'unknown' },
      fires: false,
    },
  ],
  'INS-11': [
    {
      name: 'fires when a lead is chosen but no champion named',
      values: { [leadModel]: 'individual-department' },
      fires: true,
    },
    {
      name: 'does not fire with a champion role',
      values: {
        [leadModel]: 'individual-department',
        [q('champion-role')]: 'Deputy chief executive',
      },
      fires: false,
    },
    {
      name: 'boundary: no finding while no lead is chosen (INS-01 covers it)',
      values: { [leadModel]: 'none-yet' },
      fires: false,
    },
  ],
  'STR-25': [
    {
      name: 'holds when city services sit with civil society',
      values: { [leadModel]: 'network-new', [members]: ['city-administration', 'civil-society'] },
      fires: true,
    },
    {
      name: 'does not hold without community members',
      values: { [leadModel]: 'network-new', [members]: ['city-administration', 'private-sector'] },
      fires: false,
    },
    {
      name: 'boundary: other public services count as the public side',
      values: {
        [leadModel]: 'network-new',
        [members]: ['other-public-services', 'youth-representatives'],
      },
      fires: true,
    },
  ],
  'STR-26': [
    {
      name: 'holds when the city keeps its duties to the network',
      values: engagedNetwork,
      fires: true,
    },
    {
      name: 'boundary: rooms alone are not enough support',
      values: { ...engagedNetwork, [q('city-support')]: ['infrastructure'] },
      fires: false,
    },
    {
      name: 'does not hold without a focal point',
      values: { ...engagedNetwork, [q('network-focal-point')]: ' ' },
      fires: false,
    },
  ],
  'STR-27': [
    {
      name: 'holds for a shared lead with coordination and sharing',
      values: {
        [leadModel]: 'shared-departments',
        [q('coordination-mechanism')]: 'yes',
        [q('information-sharing')]: 'yes',
      },
      fires: true,
    },
    {
      name: 'boundary: one missing agreement breaks it',
      values: {
        [leadModel]: 'shared-departments',
        [q('coordination-mechanism')]: 'yes',
        [q('information-sharing')]: 'unknown',
      },
      fires: false,
    },
    {
      name: 'does not hold for a single department',
      values: {
        [leadModel]: 'individual-department',
        [q('coordination-mechanism')]: 'yes',
        [q('information-sharing')]: 'yes',
      },
      fires: false,
    },
  ],
});
