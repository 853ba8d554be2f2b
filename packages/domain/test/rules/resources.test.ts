import { describeRuleCases } from './rule-cases.helper.js';

const departments = 'strategy:resources:q:departments';
const items = 'strategy:resources:q:resource-items';

const ALL_TYPES = [
  'human',
  'financial',
  'material',
  'skills-training-expertise',
  'working-conditions',
];
const dept = (id: string, department: string, contributes?: string[], exists = 'yes') => ({
  id,
  department,
  exists,
  ...(contributes ? { contributes } : {}),
});
const item = (
  id: string,
  type: string,
  providedBy?: string,
  cost?: number,
  existingOrNew = 'existing',
) => ({
  id,
  type,
  existingOrNew,
  ...(providedBy ? { providedBy } : {}),
  ...(cost === undefined ? {} : { cost }),
});

describeRuleCases({
  'RES-01': [
    {
      name: 'fires when a type is missing',
      values: { [departments]: [dept('d1', 'youth-education', ['human', 'financial'])] },
      fires: true,
    },
    {
      name: 'does not fire when one department covers every type',
      values: { [departments]: [dept('d1', 'youth-education', ALL_TYPES)] },
      fires: false,
    },
    {
      name: 'boundary: the last type can come from a resource item',
      values: {
        [departments]: [
          dept(
            'd1',
            'youth-education',
            ALL_TYPES.filter((t) => t !== 'working-conditions'),
          ),
        ],
        [items]: [item('r1', 'working-conditions')],
      },
      fires: false,
    },
    {
      name: 'does not fire before anything is recorded (RES-04 covers it)',
      values: {},
      fires: false,
    },
  ],
  'RES-02': [
    {
      name: 'fires when one department bears every cost',
      values: {
        [items]: [item('r1', 'human', 'housing', 100), item('r2', 'material', 'housing', 50)],
      },
      fires: true,
    },
    {
      name: 'does not fire when two departments share costs',
      values: {
        [items]: [item('r1', 'human', 'housing', 100), item('r2', 'material', 'culture', 50)],
      },
      fires: false,
    },
    {
      name: 'boundary: a single costed item does not fire',
      values: { [items]: [item('r1', 'human', 'housing', 100)] },
      fires: false,
    },
    {
      name: 'boundary: a free contribution from another department does not share the cost',
      values: {
        [items]: [
          item('r1', 'human', 'housing', 100),
          item('r2', 'material', 'housing', 50),
          item('r3', 'material', 'sports', 0),
        ],
      },
      fires: true,
    },
  ],
  'RES-03': [
    {
      name: 'fires on an existing department that offers nothing',
      values: { [departments]: [dept('d1', 'sports')] },
      fires: true,
    },
    {
      name: 'does not fire when it contributes',
      values: { [departments]: [dept('d1', 'sports', ['material'])] },
      fires: false,
    },
    {
      name: 'boundary: a department the city does not have does not fire',
      values: { [departments]: [dept('d1', 'sports', undefined, 'no')] },
      fires: false,
    },
  ],
  'RES-04': [
    { name: 'fires with no departments mapped', values: {}, fires: true },
    {
      name: 'does not fire once one is mapped',
      values: { [departments]: [dept('d1', 'culture', ['material'])] },
      fires: false,
    },
  ],
  'RES-05': [
    {
      name: 'fires when every resource is new',
      values: { [items]: [item('r1', 'human', 'housing', 10, 'new')] },
      fires: true,
    },
    {
      name: 'boundary: one existing resource is enough',
      values: {
        [items]: [
          item('r1', 'human', 'housing', 10, 'new'),
          item('r2', 'material', 'culture', 0, 'existing'),
        ],
      },
      fires: false,
    },
    { name: 'does not fire with no resources listed', values: {}, fires: false },
  ],
  'STR-31': [
    {
      name: 'holds when three departments contribute',
      values: {
        [departments]: [
          dept('d1', 'sports', ['material']),
          dept('d2', 'culture', ['human']),
          dept('d3', 'housing', ['human']),
        ],
      },
      fires: true,
    },
    {
      name: 'boundary: two contributors and one silent department do not hold',
      values: {
        [departments]: [
          dept('d1', 'sports', ['material']),
          dept('d2', 'culture', ['human']),
          dept('d3', 'housing'),
        ],
      },
      fires: false,
    },
  ],
  'STR-32': [
    {
      name: 'holds when the city runs a grant programme (London pattern)',
      values: { 'strategy:resources:q:grant-programme': 'yes' },
      fires: true,
    },
    {
      name: 'does not hold otherwise',
      values: { 'strategy:resources:q:grant-programme': 'no' },
      fires: false,
    },
  ],
});
