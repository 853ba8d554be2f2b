import type { NetworkEdgeKind, NetworkNodeKind } from '@concord/domain/engine';
import type { Translate } from '../../i18n/use-t.js';

/** Groups of the list view, in reading order. */
export const NODE_GROUPS: readonly NetworkNodeKind[] = [
  'lead',
  'champion',
  'focal-point',
  'sector',
  'department',
  'role',
  'partner',
  'funder',
];

export function groupName(kind: NetworkNodeKind, t: Translate): string {
  switch (kind) {
    case 'lead':
      return t('dashboard.network.groupLead');
    case 'champion':
      return t('dashboard.network.groupChampion');
    case 'focal-point':
      return t('dashboard.network.groupFocalPoint');
    case 'sector':
      return t('dashboard.network.groupSector');
    case 'department':
      return t('dashboard.network.groupDepartment');
    case 'role':
      return t('dashboard.network.groupRole');
    case 'partner':
      return t('dashboard.network.groupPartner');
    case 'funder':
      return t('dashboard.network.groupFunder');
  }
}

/** How a node relates to the node it links to, as a phrase ("sits on the lead body"). */
export function linkName(kind: NetworkEdgeKind, target: string, t: Translate): string {
  switch (kind) {
    case 'champions':
      return t('dashboard.network.linkChampions', { target });
    case 'city-focal-point':
      return t('dashboard.network.linkFocalPoint', { target });
    case 'sits-on-lead-body':
      return t('dashboard.network.linkSitsOn', { target });
    case 'takes-part':
      return t('dashboard.network.linkTakesPart', { target });
    case 'contributes':
      return t('dashboard.network.linkContributes', { target });
    case 'focal-point-of':
      return t('dashboard.network.linkFocalPointOf', { target });
    case 'funds':
      return t('dashboard.network.linkFunds', { target });
  }
}
