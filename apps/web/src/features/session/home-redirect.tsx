import { Navigate } from 'react-router';
import { useMe } from './session.queries.js';

/** Where a user lands after signing in: their only city, otherwise the list of their cities. */
export function homePathFor(memberships: readonly { cityId: string }[]): string {
  const only = memberships.length === 1 ? memberships[0] : undefined;
  return only ? `/cities/${encodeURIComponent(only.cityId)}` : '/cities';
}

/** The front door of a signed-in session (RequireSession has already loaded the user). */
export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={homePathFor(me.data?.memberships ?? [])} replace />;
}
