import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert, Loading } from '../components/status.js';
import { useSession } from '../session/session.js';

/** Pages behind the login: without a session, go to /login and come back afterwards. */
export function RequireViewer() {
  const { session, viewer, loading } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (loading && !viewer) return <Loading />;
  if (!viewer) return <ErrorAlert error="Could not load the logged-in user." />;
  return <Outlet />;
}
