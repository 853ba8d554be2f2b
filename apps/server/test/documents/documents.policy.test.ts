import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/modules/cities/roles.js';
import {
  type DocumentAction,
  canOnDocument,
} from '../../src/modules/documents/documents.policy.js';

const member = { userId: 'u1', isNetworkAdmin: false };
const networkAdmin = { userId: 'u2', isNetworkAdmin: true };
const city = (actorRole: Role | null) => ({ cityId: 'c1', actorRole });

// Written out by hand from .team/API-DOCUMENTS.md, so a policy change must be made twice on purpose.
const EXPECTED: Record<Role, Record<DocumentAction, boolean>> = {
  'city-admin': {
    'document.view': true,
    'narrative.edit': true,
    'version.manage': true,
    'version.comment': true,
    'export.create': true,
    'strategy.import': true,
  },
  coordinator: {
    'document.view': true,
    'narrative.edit': true,
    'version.manage': true,
    'version.comment': true,
    'export.create': true,
    'strategy.import': true,
  },
  editor: {
    'document.view': true,
    'narrative.edit': true,
    'version.manage': false,
    'version.comment': true,
    'export.create': true,
    'strategy.import': false,
  },
  contributor: {
    'document.view': true,
    'narrative.edit': false,
    'version.manage': false,
    'version.comment': true,
    'export.create': true,
    'strategy.import': false,
  },
  viewer: {
    'document.view': true,
    'narrative.edit': false,
    'version.manage': false,
    'version.comment': false,
    'export.create': true,
    'strategy.import': false,
  },
};

const ACTIONS = Object.keys(EXPECTED.viewer) as DocumentAction[];

describe('document policy', () => {
  describe.each(Object.keys(EXPECTED) as Role[])('a %s', (role) => {
    it.each(ACTIONS)('%s', (action) => {
      expect(canOnDocument(member, action, city(role))).toBe(EXPECTED[role][action]);
    });
  });

  it('a non-member may do nothing; a network admin who is not a member may only read', () => {
    expect(ACTIONS.filter((action) => canOnDocument(member, action, city(null)))).toEqual([]);
    expect(ACTIONS.filter((action) => canOnDocument(networkAdmin, action, city(null)))).toEqual([
      'document.view',
    ]);
  });
});
