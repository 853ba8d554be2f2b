import { describe, expect, it } from 'vitest';
import {
  type CityAction,
  can,
  canCreateCity,
  canSeeCity,
  describeCityPermissions,
} from './cities.policy.js';
import type { Role } from './roles.js';

const member = { userId: 'u1', isNetworkAdmin: false };
const networkAdmin = { userId: 'u2', isNetworkAdmin: true };
const city = (actorRole: Role | null) => ({ cityId: 'c1', actorRole });

// Written out by hand from API.md, so a change to the policy table must be made twice on purpose.
const EXPECTED: Record<Role, Record<CityAction, boolean>> = {
  'city-admin': {
    'city.view': true,
    'city.edit': true,
    'members.view': true,
    'members.manage': true,
    'strategy.edit': true,
  },
  coordinator: {
    'city.view': true,
    'city.edit': false,
    'members.view': true,
    'members.manage': false,
    'strategy.edit': true,
  },
  editor: {
    'city.view': true,
    'city.edit': false,
    'members.view': true,
    'members.manage': false,
    'strategy.edit': true,
  },
  contributor: {
    'city.view': true,
    'city.edit': false,
    'members.view': true,
    'members.manage': false,
    'strategy.edit': false,
  },
  viewer: {
    'city.view': true,
    'city.edit': false,
    'members.view': true,
    'members.manage': false,
    'strategy.edit': false,
  },
};

const ACTIONS = Object.keys(EXPECTED.viewer) as CityAction[];

describe('city policy', () => {
  describe.each(Object.keys(EXPECTED) as Role[])('a %s', (role) => {
    it.each(ACTIONS)('%s', (action) => {
      expect(can(member, action, city(role))).toBe(EXPECTED[role][action]);
    });

    it('may see the city and gets matching interface flags', () => {
      expect(canSeeCity(member, city(role))).toBe(true);
      expect(describeCityPermissions(member, city(role))).toEqual({
        view: EXPECTED[role]['city.view'],
        editCity: EXPECTED[role]['city.edit'],
        manageMembers: EXPECTED[role]['members.manage'],
        editStrategy: EXPECTED[role]['strategy.edit'],
      });
    });
  });

  it('a non-member may do nothing and may not know the city exists', () => {
    for (const action of ACTIONS) expect(can(member, action, city(null))).toBe(false);
    expect(canSeeCity(member, city(null))).toBe(false);
  });

  it('a network admin who is not a member may only look', () => {
    expect(canSeeCity(networkAdmin, city(null))).toBe(true);
    expect(ACTIONS.filter((action) => can(networkAdmin, action, city(null)))).toEqual([
      'city.view',
      'members.view',
    ]);
  });

  it('a network admin who is also a member has their role plus the network view', () => {
    expect(can(networkAdmin, 'members.manage', city('city-admin'))).toBe(true);
    expect(can(networkAdmin, 'city.edit', city('viewer'))).toBe(false);
  });

  it('only network admins create cities', () => {
    expect(canCreateCity(networkAdmin)).toBe(true);
    expect(canCreateCity(member)).toBe(false);
  });
});
