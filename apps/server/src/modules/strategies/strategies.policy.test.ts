import { describe, expect, it } from 'vitest';
import type { Role } from '../cities/roles.js';
import { type WorkspaceAction, canEditSection, canInWorkspace } from './strategies.policy.js';

const member = { userId: 'u1', isNetworkAdmin: false };
const networkAdmin = { userId: 'u2', isNetworkAdmin: true };
const city = (actorRole: Role | null) => ({ cityId: 'c1', actorRole });

// Written out by hand from .team/API-WORKSPACE.md, so a policy change must be made twice on purpose.
const EXPECTED: Record<Role, Record<WorkspaceAction, boolean>> = {
  'city-admin': {
    'strategy.view': true,
    'strategy.manage': true,
    'answers.edit-all': true,
    'answers.edit-assigned': true,
    'assignments.manage': true,
    'risks.manage': true,
    'audit.view': true,
  },
  coordinator: {
    'strategy.view': true,
    'strategy.manage': true,
    'answers.edit-all': true,
    'answers.edit-assigned': true,
    'assignments.manage': true,
    'risks.manage': true,
    'audit.view': true,
  },
  editor: {
    'strategy.view': true,
    'strategy.manage': false,
    'answers.edit-all': true,
    'answers.edit-assigned': true,
    'assignments.manage': false,
    'risks.manage': false,
    'audit.view': false,
  },
  contributor: {
    'strategy.view': true,
    'strategy.manage': false,
    'answers.edit-all': false,
    'answers.edit-assigned': true,
    'assignments.manage': false,
    'risks.manage': false,
    'audit.view': false,
  },
  viewer: {
    'strategy.view': true,
    'strategy.manage': false,
    'answers.edit-all': false,
    'answers.edit-assigned': false,
    'assignments.manage': false,
    'risks.manage': false,
    'audit.view': false,
  },
};

const ACTIONS = Object.keys(EXPECTED.viewer) as WorkspaceAction[];

describe('workspace policy', () => {
  describe.each(Object.keys(EXPECTED) as Role[])('a %s', (role) => {
    it.each(ACTIONS)('%s', (action) => {
      expect(canInWorkspace(member, action, city(role))).toBe(EXPECTED[role][action]);
    });
  });

  it('a non-member may do nothing; a network admin who is not a member may only read', () => {
    expect(ACTIONS.filter((action) => canInWorkspace(member, action, city(null)))).toEqual([]);
    expect(ACTIONS.filter((action) => canInWorkspace(networkAdmin, action, city(null)))).toEqual([
      'strategy.view',
    ]);
  });

  it('contributors edit assigned sections only; editors and above edit every section', () => {
    const assigned = new Set(['strategy:funding']);
    expect(canEditSection(member, city('contributor'), 'strategy:funding', assigned)).toBe(true);
    expect(canEditSection(member, city('contributor'), 'strategy:mandate', assigned)).toBe(false);
    expect(canEditSection(member, city('editor'), 'strategy:mandate', new Set())).toBe(true);
    expect(canEditSection(member, city('viewer'), 'strategy:funding', assigned)).toBe(false);
    expect(canEditSection(networkAdmin, city(null), 'strategy:funding', assigned)).toBe(false);
  });
});
