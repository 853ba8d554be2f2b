import { useMemo } from 'react';
import { useParams } from 'react-router';
import type { CityDetail, Me } from '../../api/types.js';
import { useCity } from '../cities/cities.queries.js';
import { useMe } from '../session/session.queries.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import { useStrategy } from '../workspace/workspace.queries.js';
import type { StrategyDetail } from '../workspace/workspace.types.js';
import { useVersions } from './documents.queries.js';
import type { StrategyVersion, VersionsResponse } from './documents.types.js';

/** What every document page needs: who is signed in, the city, the strategy and its versions. */
export interface StrategyBase {
  ref: StrategyRef;
  me: Me;
  city: CityDetail;
  detail: StrategyDetail;
  /** Newest first. */
  versions: StrategyVersion[];
  /** The approved version, when there is one: the strategy is then locked against edits. */
  approved: StrategyVersion | undefined;
  /** What the server says the signed-in person may do with versions and exports. */
  can: VersionsResponse['can'];
}

export type StrategyBaseState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; base: StrategyBase };

export function useStrategyBase(): StrategyBaseState {
  const { cityId = '', strategyId = '' } = useParams();
  const ref = useMemo(() => ({ cityId, strategyId }), [cityId, strategyId]);
  const me = useMe();
  const city = useCity(cityId);
  const detail = useStrategy(ref);
  const versions = useVersions(ref);
  const failed = [me, city, detail, versions].find((query) => query.isError);
  if (failed) return { status: 'error', error: failed.error };
  if (!me.data || !city.data || !detail.data || !versions.data) return { status: 'pending' };
  return {
    status: 'ready',
    base: {
      ref,
      me: me.data,
      city: city.data,
      detail: detail.data,
      versions: versions.data.versions,
      approved: findApproved(versions.data),
      can: versions.data.can,
    },
  };
}

export function findApproved(data: VersionsResponse): StrategyVersion | undefined {
  if (!data.lock) return undefined;
  const lockedBy = data.lock.versionId;
  return data.versions.find((version) => version.id === lockedBy);
}
