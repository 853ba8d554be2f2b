import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingMessage } from '../../components/loading-message.js';
import { ProblemPage } from '../../components/problem-page.js';
import { signInPathFor } from './safe-next.js';
import { useMe } from './session.queries.js';

/** Sends a signed-out visitor to sign in, remembering where they were going. */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingMessage />;
  if (me.isError) return <ProblemPage error={me.error} />;
  if (me.data === null) return <Navigate to={signInPathFor(location)} replace />;
  return <Outlet />;
}
