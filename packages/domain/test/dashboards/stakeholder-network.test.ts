import { describe, expect, it } from 'vitest';
import {
  deriveStakeholderNetwork,
  type StakeholderNetwork,
} from '../../src/dashboards/stakeholder-network.js';
import { baseCity, inputFor, q, scenarioValues, withAnswers } from './dashboards.helper.js';

const nodeIds = (network: StakeholderNetwork, kind: string) =>
  network.nodes.filter((n) => n.kind === kind).map((n) => n.id);
const edgeKinds = (network: StakeholderNetwork, source: string) =>
  network.edges.filter((e) => e.source === source).map((e) => e.kind);

describe('stakeholder network', () => {
  const base = deriveStakeholderNetwork(inputFor(baseCity));

  it('puts the named lead body at the centre with its model and kind', () => {
    expect(base.nodes.find((n) => n.id === base.lead)).toEqual({
      id: 'lead',
      kind: 'lead',
      label: 'Crime prevention council',
      detail: 'An existing city-wide network or council · Crime prevention or community safety',
    });
  });

  it('links the champion role and the city’s focal point to the lead', () => {
    expect(base.champion).toBe('champion');
    expect(base.nodes.find((n) => n.id === 'champion')?.label).toBe(
      'Head of the crime prevention council',
    );
    expect(edgeKinds(base, 'champion')).toEqual(['champions']);
    expect(edgeKinds(base, 'focal-point')).toEqual(['city-focal-point']);
  });

  it('merges a sector that sits on the lead body and takes part into one node with two links', () => {
    // 6 lead-body members + 5 sectors taking part, civil society in both lists
    expect(nodeIds(base, 'sector')).toHaveLength(10);
    expect(edgeKinds(base, 'sector:civil-society').sort()).toEqual([
      'sits-on-lead-body',
      'takes-part',
    ]);
    expect(base.outsideSectors).toBe(7);
  });

  it('joins contributing departments from leadership and resources, with focal-point roles', () => {
    expect(nodeIds(base, 'department').sort()).toEqual([
      'department:crime-prevention-public-safety',
      'department:culture',
      'department:health-social-care',
      'department:welfare',
      'department:youth-education',
    ]);
    expect(base.edges).toContainEqual(
      expect.objectContaining({
        source: 'role:crime-prevention-public-safety',
        target: 'department:crime-prevention-public-safety',
        kind: 'focal-point-of',
      }),
    );
    expect(nodeIds(base, 'funder')).toEqual(['funder:fund-city', 'funder:fund-national']);
  });

  it.each([
    {
      case: 'S5 officials and police only',
      values: scenarioValues('S5'),
      outside: 0,
      lead: 'Local Safety Council',
    },
    {
      case: 'S8 team with civil society',
      values: scenarioValues('S8'),
      outside: 1,
      lead: 'Local team on radicalisation to violence',
    },
    {
      case: 'S7 broad network',
      values: scenarioValues('S7'),
      outside: 7,
      lead: 'Crime prevention council',
    },
    {
      case: 'lead not decided',
      values: withAnswers(baseCity, {
        [q('institutionalisation', 'lead-model')]: 'none-yet',
        [q('institutionalisation', 'lead-entity')]: undefined,
      }),
      // The lead body's members only apply when a body leads; the sectors taking part remain.
      outside: 5,
      lead: null,
    },
  ])('$case: $outside sectors outside government', ({ values, outside, lead }) => {
    const network = deriveStakeholderNetwork(inputFor(values));
    expect(network.outsideSectors).toBe(outside);
    expect(network.nodes.find((n) => n.id === network.lead)?.label).toBe(lead);
  });

  it('splits free-text partners and keeps every edge between existing nodes, once', () => {
    const network = deriveStakeholderNetwork(
      inputFor(
        withAnswers(baseCity, {
          [q('institutionalisation', 'contributors-other')]: 'Red Cross; Schools board,\nRed Cross',
          [q('resources', 'resource-items')]: [
            { id: 'hall', type: 'material', providedByOther: 'Schools board' },
          ],
        }),
      ),
    );
    expect(nodeIds(network, 'partner')).toEqual(['partner:red cross', 'partner:schools board']);
    const ids = new Set(network.nodes.map((n) => n.id));
    for (const edge of network.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    expect(new Set(network.edges.map((e) => e.id)).size).toBe(network.edges.length);
  });
});
